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

  // listOf returns a list of msgs, as text.
  function listOf(msgs) {
    var list = document.createElement("ul");
    msgs.forEach(function (m) {
      var li = document.createElement("li");
      li.textContent = String(m);
      list.appendChild(li);
    });
    return list;
  }

  // dismiss returns a Dismiss button that calls done.
  function dismiss(done) {
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.addEventListener("click", done);
    return close;
  }

  function show(msgs) {
    hide();
    style();
    var box = document.createElement("section");
    box.id = id;
    box.setAttribute("role", "alert");
    box.setAttribute("lang", "en"); // the messages are English, whatever the page's language
    box.setAttribute("aria-live", "assertive");
    var title = document.createElement("h2");
    title.textContent = "paperboy: the build failed; this page shows the last good build";
    box.appendChild(dismiss(hide));
    box.appendChild(title);
    box.appendChild(listOf(msgs));
    (document.body || document.documentElement).appendChild(box);
  }

  // parse returns the messages of an error event's data, a JSON list.
  function parse(data) {
    var msgs;
    try {
      msgs = JSON.parse(data);
    } catch (_) {
      msgs = [data];
    }
    return Array.isArray(msgs) ? msgs : [String(msgs)];
  }

  // act does what an event of the stream says: {type: "reload" or
  // "error", id: the build's id, data: an error's messages}.
  function act(ev) {
    if (ev.type === "reload") {
      if (ev.id !== build) location.reload();
      return;
    }
    if (failed) {
      // The server's page of a failed first build lists its errors
      // itself: a later failure is that page again, with its own.
      if (ev.id !== build) location.reload();
      return;
    }
    show(parse(ev.data));
  }

  var failed = me.hasAttribute("data-paperboy-failed");

  // The build's warnings (a broken link, a missing image): the site
  // builds, and publishes them as they are. A panel at the foot of the
  // page lists them, folded, until dismissed for that list.
  var warned = "paperboy-warnings-dismissed";
  function warnings(list) {
    var text = JSON.stringify(list);
    try {
      if (sessionStorage.getItem(warned) === text) return;
    } catch (_) {}
    var box = document.createElement("section");
    box.id = id + "-warnings";
    box.setAttribute("role", "status");
    box.setAttribute("lang", "en");
    var css = document.createElement("style");
    var w = "#" + box.id;
    css.textContent =
      w + "{position:fixed;inset:auto 0 0 auto;z-index:2147483646;max-width:min(48rem,100vw);max-height:50vh;overflow:auto;" +
      "box-sizing:border-box;margin:0;padding:.5rem 1rem;color-scheme:light dark;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;" +
      "background:#fff8e1;color:#4a3200;border:2px solid #a66a00;border-radius:6px 0 0 0}" +
      w + " summary{cursor:pointer;font-weight:700}" +
      w + " ul{margin:.5rem 0 0;padding:0;list-style:none}" +
      w + " li{margin:0 0 .25rem;white-space:pre-wrap;overflow-wrap:anywhere}" +
      w + " button{float:right;margin:0 0 0 1rem;font:inherit;color:inherit;background:transparent;" +
      "border:1px solid currentColor;border-radius:4px;cursor:pointer}" +
      "@media (prefers-color-scheme: dark){" + w + "{background:#2b2000;color:#ffe6a8;border-color:#e0a030}}";
    var more = document.createElement("details");
    var summary = document.createElement("summary");
    summary.textContent = "paperboy: " + list.length + (list.length === 1 ? " warning" : " warnings") + " (the site builds, and is published as it is)";
    more.appendChild(summary);
    more.appendChild(listOf(list));
    box.appendChild(
      dismiss(function () {
        box.remove();
        try {
          sessionStorage.setItem(warned, text);
        } catch (_) {}
      }),
    );
    box.appendChild(more);
    (document.head || document.documentElement).appendChild(css);
    (document.body || document.documentElement).appendChild(box);
  }
  if (!failed && Number(me.getAttribute("data-paperboy-warnings")) > 0 && window.fetch) {
    fetch(base + "__paperboy/warnings")
      .then(function (r) {
        return r.json();
      })
      .then(function (list) {
        if (Array.isArray(list) && list.length) warnings(list);
      })
      .catch(function () {});
  }
  var last = null; // the stream's last event, for a tab that opens later

  // follow opens the event stream. Each open stream holds one of the six
  // connections a browser opens to a host over HTTP/1.1, so a seventh tab
  // would never load if each tab had its own: the tab that holds the lock
  // follows the stream for every tab of the site, and passes each event on
  // through the channel (where the browser has both).
  function follow(channel) {
    return new Promise(function () {
      var es = new EventSource(base + "__paperboy/events?since=" + encodeURIComponent(build));
      function pass(type) {
        return function (e) {
          // A connection failure is an "error" event too, one without
          // data: EventSource retries by itself, so only build errors
          // are passed on.
          if (typeof e.data !== "string") return;
          last = { type: type, id: e.lastEventId, data: e.data };
          if (channel) channel.postMessage(last);
          if (type === "reload") es.close();
          act(last);
        };
      }
      es.addEventListener("reload", pass("reload"));
      es.addEventListener("error", pass("error"));
    });
  }

  if (!window.BroadcastChannel || !navigator.locks) {
    follow(null);
    return;
  }
  var name = "paperboy live " + location.host + base;
  var channel = new BroadcastChannel(name);
  channel.onmessage = function (m) {
    var ev = m.data || {};
    if (ev.type === "hello") {
      // A tab that opened later asks what the stream last said: a build
      // that failed before it opened is shown in it too.
      if (last) channel.postMessage(last);
      return;
    }
    if (ev.type === "reload" || ev.type === "error") act(ev);
  };
  channel.postMessage({ type: "hello" });
  // The lock is held until the tab closes or reloads; then the next tab
  // waiting for it follows the stream, from the build it shows.
  navigator.locks.request(name, function () {
    return follow(channel);
  });
})();
