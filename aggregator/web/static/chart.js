// Render the show page's timeline (the fallback note stays for browsers without JS): the Vega-Lite spec sits in a JSON data block
// (the server built it with Altair); vega-embed draws it. `ast: true` makes Vega
// interpret expressions instead of compiling them, so no eval is needed under the
// page's Content-Security-Policy (script-src 'self').
(function () {
  var holder = document.getElementById("timeline");
  var data = document.getElementById("timeline-spec");
  if (!holder || !data || typeof vegaEmbed !== "function") { return; }
  var spec = JSON.parse(data.textContent);
  vegaEmbed(holder, spec, { actions: false, ast: true, renderer: "svg" })
    .then(function () {
      holder.setAttribute("data-rendered", "true");
      var note = document.getElementById("chart-fallback");
      if (note) { note.hidden = true; }
    })
    .catch(function (err) {
      holder.setAttribute("data-error", String(err));
      holder.textContent = "The chart could not be drawn; the claims table below holds the same data.";
    });
})();
