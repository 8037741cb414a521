// The page's only script, served from /assets/app.js (the Content-Security-Policy allows no other). It submits
// the controls when they change, turns a click on the diagram into a selection in the address, highlights the
// claims the server listed, and reloads when the store gains evidence. Nothing from the case is ever inserted
// as markup here: the server renders and escapes every name.
"use strict";
(function () {
  const form = document.getElementById("state");
  const diagram = document.getElementById("diagram");
  setUpWrites();
  if (!form) return;

  // Each slider walks the case's own days and sets its date input.
  for (const range of document.querySelectorAll("input.days")) {
    const days = (range.dataset.days || "").split(" ").filter(Boolean);
    const input = form.elements[range.dataset.for];
    range.addEventListener("input", () => { input.value = days[Number(range.value)] || ""; });
    range.addEventListener("change", () => form.requestSubmit());
  }
  for (const control of form.querySelectorAll("#controls select, #controls input[type=checkbox], #controls input[type=date]")) {
    control.addEventListener("change", () => form.requestSubmit());
  }
  // Empty fields stay out of the address, which holds the state and should stay readable.
  form.addEventListener("formdata", (event) => {
    for (const [name, value] of Array.from(event.formData.entries())) {
      if (value === "") event.formData.delete(name);
    }
  });

  if (diagram) {
    // Graphviz gives each marked node and edge the id "claims:ID,ID", "party:ID" or "dataset:ID", ids
    // percent-encoded.
    diagram.addEventListener("click", (event) => {
      const group = event.target.closest("g.edge, g.node");
      if (!group || !group.id || group.id.indexOf(":") < 0) return;
      event.preventDefault();
      const colon = group.id.indexOf(":");
      const kind = group.id.slice(0, colon);
      const ids = group.id.slice(colon + 1).split(",").map(decodeURIComponent);
      form.elements["select"].value = kind === "claims" ? "claim:" + ids.join(",") : kind + ":" + ids[0];
      form.requestSubmit();
    });
    const marks = new Set((diagram.dataset.highlight || "").split(",").filter(Boolean));
    for (const group of diagram.querySelectorAll("g.edge, g.node")) {
      if (group.id.startsWith("claims:") && group.id.slice(7).split(",").some((mark) => marks.has(mark))) {
        group.classList.add("highlight");
      }
      if (group.id && group.id === diagram.dataset.selected) group.classList.add("selected");
    }
  }

  // Live: a store's head changes with every entry; reload when it does, so evidence added elsewhere appears.
  const head = document.body.dataset.head;
  const live = document.getElementById("live");
  async function poll() {
    try {
      const response = await fetch("/api/head", { cache: "no-store" });
      if (response.ok) {
        const answer = await response.json();
        if (answer.head !== head) {
          live.textContent = "new evidence: redrawing…";
          location.reload();
          return;
        }
        live.textContent = "";
      }
    } catch (error) {
      live.textContent = "the server does not answer";
    }
    setTimeout(poll, 2000);
  }
  if (head) setTimeout(poll, 2000);

  // Writes: each form goes to POST /api/add with the token from the token field in a header (never in the
  // address); the answer's messages are shown as text.
  function setUpWrites() {
    const token = document.getElementById("token");
    const by = document.getElementById("by");
    if (!token) return;
    token.value = sessionStorage.getItem("lineage-token") || "";
    token.addEventListener("change", () => sessionStorage.setItem("lineage-token", token.value));
    for (const addForm of document.querySelectorAll("form.add-form")) {
      addForm.addEventListener("submit", async (event) => {
        event.preventDefault();
        const result = addForm.querySelector(".result");
        const body = new URLSearchParams(new FormData(addForm));
        if (by.value) body.set("by", by.value);
        result.textContent = "adding…";
        try {
          const response = await fetch("/api/add", {
            method: "POST",
            headers: { "X-Lineage-Token": token.value, "Content-Type": "application/x-www-form-urlencoded" },
            body: body,
          });
          const answer = await response.json();
          if (answer.added) {
            result.textContent = "added " + answer.kind + " '" + answer.id + "' (entry " + answer.entry + ")";
            setTimeout(() => location.reload(), 300);
          } else {
            result.textContent = answer.error || (answer.messages || []).join("\n") || "refused";
          }
        } catch (error) {
          result.textContent = "the server does not answer";
        }
      });
    }
  }
})();
