// Click (or focus + Enter) a highlight to pin its explanation in the side panel.
(function () {
  "use strict";
  var panel = document.getElementById("explain");
  if (!panel) { return; }
  var active = null;
  function show(el) {
    if (active) { active.classList.remove("active"); }
    active = el;
    el.classList.add("active");
    var quoted = document.createElement("bdi");
    quoted.setAttribute("lang", "ar");
    quoted.textContent = "«" + el.textContent + "»";
    panel.replaceChildren(quoted, document.createTextNode("\n" + (el.getAttribute("title") || "")));
  }
  document.addEventListener("click", function (ev) {
    var el = ev.target.closest ? ev.target.closest("#text .hl") : null;
    if (el) { show(el); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && document.activeElement && document.activeElement.matches("#text .hl")) {
      show(document.activeElement);
    }
  });
})();
