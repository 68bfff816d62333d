// Live reload for `paperboy serve`: added to HTML responses by the preview
// server only, never to the built site.
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !window.EventSource) return;
  var base = me.getAttribute("data-paperboy-base") || "/";
  var build = me.getAttribute("data-paperboy-build") || "";
  var id = "paperboy-overlay";

  function hide() {
    var old = document.getElementById(id);
    if (old) old.remove();
  }

  function style() {
    if (document.getElementById(id + "-style")) return;
    var css = document.createElement("style");
    css.id = id + "-style";
    css.textContent =
      "#" + id + "{position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:70vh;overflow:auto;" +
      "box-sizing:border-box;margin:0;padding:1rem 1.25rem;color-scheme:light dark;" +
      "font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;" +
      "background:#fff4f4;color:#5a0010;border-bottom:4px solid #c0001a;box-shadow:0 4px 16px rgba(0,0,0,.25)}" +
      "#" + id + " h2{margin:0 0 .5rem;font:inherit;font-weight:700;font-size:1.05em}" +
      "#" + id + " ul{margin:0;padding:0;list-style:none}" +
      "#" + id + " li{margin:0 0 .25rem;white-space:pre-wrap;overflow-wrap:anywhere}" +
      "#" + id + " button{float:right;margin:0 0 .5rem 1rem;padding:.2rem .6rem;font:inherit;" +
      "color:inherit;background:transparent;border:1px solid currentColor;border-radius:4px;cursor:pointer}" +
      "@media (prefers-color-scheme: dark){#" + id + "{background:#2a0a0e;color:#ffdadd;border-bottom-color:#ff5c6c}}";
    (document.head || document.documentElement).appendChild(css);
  }

  function show(msgs) {
    hide();
    style();
    var box = document.createElement("section");
    box.id = id;
    box.setAttribute("role", "alert");
    box.setAttribute("lang", "en"); // the messages are English, whatever the page's language
    box.setAttribute("aria-live", "assertive");
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.addEventListener("click", hide);
    var title = document.createElement("h2");
    title.textContent = "paperboy: the build failed; this page shows the last good build";
    var list = document.createElement("ul");
    msgs.forEach(function (m) {
      var li = document.createElement("li");
      li.textContent = String(m);
      list.appendChild(li);
    });
    box.appendChild(close);
    box.appendChild(title);
    box.appendChild(list);
    (document.body || document.documentElement).appendChild(box);
  }

  var es = new EventSource(base + "__paperboy/events?since=" + encodeURIComponent(build));
  es.addEventListener("reload", function () {
    es.close();
    location.reload();
  });
  es.addEventListener("error", function (e) {
    // A connection failure is an "error" event too, one without data:
    // EventSource retries by itself, so only build errors are shown.
    if (typeof e.data !== "string") return;
    var msgs;
    try {
      msgs = JSON.parse(e.data);
    } catch (_) {
      msgs = [e.data];
    }
    if (!Array.isArray(msgs)) msgs = [String(msgs)];
    show(msgs);
  });
})();
