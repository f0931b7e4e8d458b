// One copy of the data for every treemap of the fit page (a page may set `data` from JS too),
// each titled after its slot: two treemaps on one page need two names, since a screen reader
// lists their breadcrumb landmarks by title.
const data = JSON.parse(document.getElementById("data-33618").textContent);
for (const el of document.querySelectorAll("cluster-treemap.from-data")) el.data = { ...data, title: `${data.title} · ${el.id}` };
