// One copy of the data for every treemap of the fit page (a page may set `data` from JS too).
const data = document.getElementById("data-33618").textContent;
for (const el of document.querySelectorAll("cluster-treemap.from-data")) el.data = data;
