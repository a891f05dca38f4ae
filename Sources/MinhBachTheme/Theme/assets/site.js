/* MinhBach: optional enhancements. Every page is complete without this file. */
(function () {
  "use strict";
  var d = document, each = function (list, f) { Array.prototype.forEach.call(list, f); };
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().trim();
  }
  function key(cell) {
    var v = cell.getAttribute("data-sort");
    return v === null ? cell.textContent.trim() : v;
  }
  // Sortable tables: each column heading becomes a button; empty values always sort last.
  each(d.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, i) {
      var button = d.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        each(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        var numeric = rows.every(function (r) { var v = key(r.cells[i]); return v === "" || isFinite(v); });
        rows.sort(function (a, b) {
          var x = key(a.cells[i]), y = key(b.cells[i]);
          if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
          var c = numeric ? x - y : x.localeCompare(y, d.documentElement.lang);
          return up ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  // Unit search: finds units while typing, ignoring case and diacritics ("hiep tan").
  var box = d.getElementById("unit-search");
  // A large site lists only part of the tree: the units are searched in a list fetched once.
  var index = box && box.getAttribute("data-index");
  if (index && window.fetch) {
    var field = box.querySelector("input"), said = box.querySelector("output");
    var found = d.getElementById("unit-search-results"), units = null, asked = false;
    box.hidden = false;
    var show = function () {
      var q = fold(field.value), n = 0;
      found.textContent = "";
      if (q) units.forEach(function (u) {
        if (u[3].indexOf(q) < 0 || ++n > 50) return;
        var li = d.createElement("li"), a = d.createElement("a");
        a.href = u[2];
        a.textContent = u[0];
        li.appendChild(a);
        if (u[1]) li.appendChild(d.createTextNode(" – " + u[1]));
        found.appendChild(li);
      });
      said.textContent = q ? said.getAttribute("data-template").replace("{count}", n) : "";
    };
    field.addEventListener("input", function () {
      if (units) return show();
      if (asked) return;
      asked = true;
      // Not served (a page opened from the disk): the box goes; the list of provinces stays.
      fetch(index).then(function (r) { return r.json(); }).then(function (list) {
        list.forEach(function (u) { u[3] = fold(u[0]); });
        units = list;
        show();
      },
        function () { box.hidden = true; });
    });
  } else if (box) {
    var input = box.querySelector("input"), out = box.querySelector("output");
    var items = d.querySelectorAll(".tree li");
    box.hidden = false;
    input.addEventListener("input", function () {
      var q = fold(input.value), n = 0;
      each(items, function (li) { li.hidden = q !== ""; li.classList.remove("match"); });
      if (q) each(items, function (li) {
        if (li.getAttribute("data-search").indexOf(q) < 0) return;
        n++;
        li.classList.add("match");
        for (var e = li; e; e = e.parentElement.closest("li")) e.hidden = false;
        each(li.querySelectorAll("li"), function (c) { c.hidden = false; });
      });
      out.textContent = q ? out.getAttribute("data-template").replace("{count}", n) : "";
    });
  }
})();
