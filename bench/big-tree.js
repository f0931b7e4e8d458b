// A deterministic tree of 1e5 leaves (100 groups × 10 subgroups × 100 leaves), for both
// benchmark implementations: window.bigTree(leaves) returns our nested format.
window.bigTree = function (leaves = 100000) {
  let seed = 42;
  const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return 1 + (seed % 1000); };
  const perSub = Math.max(1, Math.round(leaves / 1000));
  let made = 0;
  const groups = [];
  for (let g = 0; g < 100 && made < leaves; g++) {
    const subs = [];
    for (let s = 0; s < 10 && made < leaves; s++) {
      const children = [];
      for (let l = 0; l < perSub && made < leaves; l++, made++) children.push({ name: `leaf ${made}`, value: next() });
      subs.push({ name: `group ${g}.${s}`, children });
    }
    groups.push({ name: `group ${g}`, children: subs });
  }
  return { title: `${leaves} leaves`, tree: { name: "root", children: groups } };
};
