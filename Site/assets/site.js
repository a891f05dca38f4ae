/* MinhBach: optional enhancements. Every page is complete without this file. */
(() => {
  "use strict";
  // ES2015, no later: the browsers that have fetch, closest and normalize, which this needs.
  const d = document, each = (list, f) => [].forEach.call(list, f);
  const fold = s => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().trim();
  const key = cell => {
    const v = cell.getAttribute("data-sort");
    return v !== null ? v : cell.className == "missing" ? "" : cell.textContent.trim();
  };
  // Sortable tables: each column heading becomes a button; empty values always sort last.
  each(d.querySelectorAll("table.sortable"), table => {
    const heads = table.tHead.rows[0].cells;
    each(heads, (th, i) => {
      const button = d.createElement("button");
      button.type = "button";
      button.append(...th.childNodes);
      th.append(button);
      button.onclick = () => {
        const up = th.getAttribute("aria-sort") !== "ascending";
        each(heads, h => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        const body = table.tBodies[0], rows = [...body.rows];
        const numeric = rows.every(r => { const v = key(r.cells[i]); return v === "" || isFinite(v); });
        rows.sort((a, b) => {
          const x = key(a.cells[i]), y = key(b.cells[i]);
          if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
          const c = numeric ? x - y : x.localeCompare(y, d.documentElement.lang);
          return up ? c : -c;
        });
        body.append(...rows);
      };
    });
  });
  // Unit search: finds units while typing, ignoring case and diacritics ("hiep tan").
  const box = d.getElementById("unit-search");
  if (!box) return;
  const index = box.getAttribute("data-index"), field = box.querySelector("input"), said = box.querySelector("output");
  const count = (q, n) => { said.textContent = q ? said.getAttribute("data-template").replace("{count}", n) : ""; };
  box.hidden = false;
  if (!index) {
    // The whole tree is on the page (a small site's /don-vi/): it is filtered in place.
    const items = d.querySelectorAll(".tree li");
    field.oninput = () => {
      const q = fold(field.value);
      let n = 0;
      each(items, li => { li.hidden = !!q; li.classList.remove("match"); });
      if (q) each(items, li => {
        if (!li.getAttribute("data-search").includes(q)) return;
        n++;
        li.classList.add("match");
        for (let e = li; e; e = e.parentElement.closest("li")) e.hidden = false;
        each(li.querySelectorAll("li"), c => { c.hidden = false; });
      });
      count(q, n);
    };
    return;
  }
  // Elsewhere (the home page, a large site's /don-vi/) the units are in a list fetched on first
  // use, which names their pages from its own folder.
  const found = d.getElementById("unit-search-results"), base = index.replace(/[^/]*$/, "");
  let units, asked;
  const show = () => {
    const q = fold(field.value);
    let n = 0;
    found.textContent = "";
    if (q) units.forEach(u => {
      if (!u[3].includes(q) || ++n > 50) return;
      const li = d.createElement("li"), a = d.createElement("a");
      a.href = base + u[2];
      a.textContent = u[0];
      li.append(a, u[1] ? " – " + u[1] : "");
      found.append(li);
    });
    count(q, n);
  };
  // Without the list, the box says why and where to look instead. From the disk (a host's
  // staff checking the folder) no browser fetches it: it says so at once, the field disabled,
  // so that they see the search is there and what it needs, not a dead field nor no search.
  const off = () => { field.disabled = true; said.textContent = box.getAttribute("data-offline"); };
  if (location.protocol === "file:") return off();
  field.oninput = () => {
    if (units) return show();
    if (asked) return;
    asked = true;
    fetch(index).then(r => r.json()).then(list => {
      list.forEach(u => { u[3] = fold(u[0]); });
      units = list;
      show();
    }, off);
  };
})();
