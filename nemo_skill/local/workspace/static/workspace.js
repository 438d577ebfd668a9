// The workspace page's script: chat (streamed), previews, export, restore. No framework, no build.
// Every request goes to this page's own prefix; the HttpOnly cookie authenticates it, and changes
// carry the page's CSRF token in a header. The API token never reaches the browser.
(() => {
  "use strict";
  const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
  const base = meta("workspace-base");
  const csrf = meta("workspace-csrf");
  const $ = (id) => document.getElementById(id);
  const player = $("player");
  const form = $("chat-form");
  const box = $("message");
  const send = $("send");
  const exportButton = document.querySelector('[data-action="export"]');
  const POLL_MS = 600;
  let busy = false;        // a chat turn is on its way: a second submit is ignored
  let streaming = false;   // its reply is arriving: the history on screen is being written
  let exporting = false;
  let ready = !exportButton.disabled;
  let previewTimer = 0;
  let lastTimeline = "";

  function randomId() {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function say(element, text, isError) {
    element.textContent = text;
    element.classList.toggle("error", Boolean(isError));
  }

  async function failure(response) {
    try {
      const body = await response.json();
      return new Error(body.message || `the engine answered ${response.status}`);
    } catch (_) {
      return new Error(`the engine answered ${response.status}`);
    }
  }

  async function call(path, options) {
    const init = Object.assign({ credentials: "same-origin", cache: "no-store" }, options || {});
    if (init.method === "POST") {
      init.headers = Object.assign({ "Content-Type": "application/json", "X-Workspace-CSRF": csrf }, init.headers || {});
    }
    const response = await fetch(base + path, init);
    if (!response.ok) throw await failure(response);
    return response;
  }

  function localTimes(root) {
    root.querySelectorAll("time[datetime]").forEach((t) => {
      const d = new Date(t.getAttribute("datetime"));
      if (!Number.isNaN(d.getTime())) t.textContent = d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    });
  }

  function showVideo(src, poster, caption) {
    if (player.getAttribute("src") !== src) {
      if (poster) player.setAttribute("poster", poster); else player.removeAttribute("poster");
      player.setAttribute("src", src);
      player.load();
    }
    $("player-caption").textContent = caption;
  }

  function showSheet(url) {
    const sheet = $("sheet");
    if (!url) return;  // keep the last sheet while the next preview renders
    if (sheet.getAttribute("src") !== url) sheet.setAttribute("src", url);
    sheet.hidden = false;
    $("sheet-empty").hidden = true;
  }

  function apply(view) {
    if (view.timeline !== lastTimeline) {
      $("timeline-slot").innerHTML = view.timeline;
      lastTimeline = view.timeline;
    }
    const history = $("history");
    if (!streaming) {  // a preview poll must not wipe the reply being streamed into the list
      history.innerHTML = view.history;
      localTimes(history);
      history.scrollTop = history.scrollHeight;
    }
    $("title").textContent = view.title;
    $("summary").textContent = view.summary;
    $("credits").textContent = String(view.credits);
    document.title = `${view.title} · NemoVideo workspace`;
    ready = view.ready;
    exportButton.disabled = exporting || !ready;
    showSheet(view.sheet_url);
    const preview = view.preview;
    if (view.player) showVideo(view.player.src, view.player.poster, view.player.caption);
    if (preview && (preview.status === "pending" || preview.status === "processing")) {
      if (!view.player || view.player.kind !== "export") {
        $("player-caption").textContent = `Rendering the preview of version ${preview.version}… ${preview.progress}%`;
      }
      clearTimeout(previewTimer);
      previewTimer = setTimeout(refreshQuietly, POLL_MS);
    } else if (preview && preview.status === "completed" && !preview.finished) {
      clearTimeout(previewTimer);  // playable already; its contact sheet comes a moment later
      previewTimer = setTimeout(refreshQuietly, POLL_MS);
    } else if (preview && preview.status === "failed") {
      $("player-caption").textContent = `The preview of version ${preview.version} failed: ${preview.error}`;
    }
    if (view.export && (view.export.status === "pending" || view.export.status === "processing") && !exporting) {
      follow(view.export.id);
    }
  }

  async function refresh() {
    const response = await call("/view");
    apply(await response.json());
  }

  function refreshQuietly() {
    refresh().catch((err) => say($("chat-status"), `Cannot reach the engine: ${err.message}`, true));
  }

  // --- chat -------------------------------------------------------------------------------------

  function addTurn(message) {
    const history = $("history");
    const empty = history.querySelector(".turn.empty");
    if (empty) empty.remove();
    const li = document.createElement("li");
    li.className = "turn";
    const you = document.createElement("p");
    you.className = "you";
    you.innerHTML = '<span class="who">You</span>';
    you.append(message);
    const reply = document.createElement("p");
    reply.className = "reply streaming";
    reply.innerHTML = '<span class="who">Editor</span>';
    const text = document.createElement("span");
    text.textContent = "Working…";
    reply.append(text);
    li.append(you, reply);
    history.append(li);
    history.scrollTop = history.scrollHeight;
    return { reply, text };
  }

  // Reads the ADK events of one turn; returns whether the turn completed.
  async function readTurn(response, turn) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let complete = false;
    const handle = (line) => {
      if (!line.startsWith("data:")) return;  // ": heartbeat" comments keep the line open
      const event = JSON.parse(line.slice(5));
      for (const part of (event.content && event.content.parts) || []) {
        if (part.functionCall) turn.text.textContent = `Working: ${part.functionCall.name.replace(/_/g, " ")}…`;
        if (typeof part.text === "string") turn.text.textContent = part.text;
      }
      if (event.errorCode) turn.reply.classList.add("error");
      if (event.turnComplete) complete = true;
    };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split("\n");
      buffer = lines.pop();
      lines.forEach(handle);
    }
    if (buffer) handle(buffer);
    return complete;
  }

  async function sendTurn(message) {
    const status = $("chat-status");
    const turn = addTurn(message);
    say(status, "Sending…");
    let complete = false;
    let refused = null;
    streaming = true;
    try {
      const response = await call("/chat", { method: "POST", headers: { Accept: "text/event-stream" },
                                             body: JSON.stringify({ message, turn_id: randomId() }) });
      say(status, "The editor is working…");
      complete = await readTurn(response, turn);
    } catch (err) {
      if (!(err instanceof TypeError)) refused = err;  // the engine said no (credits, expired link…)
    } finally {
      streaming = false;
    }
    turn.reply.classList.remove("streaming");
    if (refused) {
      turn.reply.classList.add("error");
      turn.text.textContent = refused.message;
      say(status, refused.message, true);
      return;
    }
    if (!complete) {
      turn.reply.classList.add("error");
      turn.text.textContent = "The connection was lost before the reply finished. Below is the timeline as stored " +
        "on the engine: check it before sending the message again.";
      say(status, "Connection lost while the reply was streaming: showing the timeline as stored.", true);
      try {
        const response = await call("/view");
        const view = await response.json();
        view.history = $("history").innerHTML;  // keep the lost turn's note in view
        apply(view);
      } catch (err) {
        say(status, `Connection lost, and the engine cannot be reached now (${err.message}). Reload the page later.`, true);
      }
      setTimeout(() => refresh().catch(() => {}), 3000);  // the turn may still finish on the engine
      return;
    }
    box.value = "";
    say(status, "");
    await refresh();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;  // a double click sends once
    const message = box.value.trim();
    if (!message) {
      say($("chat-status"), "Type what should change first.", true);
      box.focus();
      return;
    }
    busy = true;
    send.disabled = true;
    box.readOnly = true;
    sendTurn(message)
      .catch((err) => say($("chat-status"), err.message, true))
      .finally(() => {
        busy = false;
        send.disabled = false;
        box.readOnly = false;
        box.focus();
      });
  });

  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  // --- restore ----------------------------------------------------------------------------------

  $("history").addEventListener("click", async (event) => {
    const button = event.target.closest('[data-action="restore"]');
    if (!button || busy) return;
    busy = true;
    button.disabled = true;
    const version = Number(button.dataset.version);
    try {
      const response = await call("/restore", { method: "POST", body: JSON.stringify({ version }) });
      const body = await response.json();
      say($("chat-status"), `Version ${version} restored (now version ${body.data.version}).`);
      await refresh();
    } catch (err) {
      say($("chat-status"), `Could not restore version ${version}: ${err.message}`, true);
      button.disabled = false;
    } finally {
      busy = false;
    }
  });

  // --- export -----------------------------------------------------------------------------------

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  async function follow(id) {
    exporting = true;
    exportButton.disabled = true;
    const bar = $("export-progress");
    const status = $("export-status");
    $("download").hidden = true;
    bar.hidden = false;
    let misses = 0;
    try {
      for (;;) {
        let job;
        try {
          job = (await (await call(`/export/${encodeURIComponent(id)}`)).json()).data;
          misses = 0;
        } catch (err) {
          if (++misses > 10) throw err;
          say(status, `Waiting for the engine… (${err.message})`);
          await sleep(1000);
          continue;
        }
        bar.value = job.progress;
        if (job.status === "completed") {
          bar.hidden = true;
          showVideo(job.video_url, job.poster_url, `Export ${job.name} (1080p, ${job.duration.toFixed(1)} s)`);
          const link = $("download");
          link.href = job.download_url;
          link.setAttribute("download", job.name);
          link.hidden = false;
          say(status, `Exported: ${(job.size / 1048576).toFixed(1)} MB.`);
          if (job.sheet_url) showSheet(job.sheet_url);
          return;
        }
        if (job.status === "failed") {
          bar.hidden = true;
          say(status, `The export failed: ${job.error}`, true);
          return;
        }
        say(status, job.status === "pending" ? "Export queued…" : `Exporting… ${job.progress}%`);
        await sleep(POLL_MS);
      }
    } catch (err) {
      bar.hidden = true;
      say(status, `Lost track of the export: ${err.message}. Reload the page to see it.`, true);
    } finally {
      exporting = false;
      exportButton.disabled = !ready;
    }
  }

  exportButton.addEventListener("click", async () => {
    if (exporting) return;
    exporting = true;
    exportButton.disabled = true;
    say($("export-status"), "Starting the export…");
    try {
      const job = (await (await call("/export", { method: "POST", body: "{}" })).json()).data;
      await follow(job.id);
    } catch (err) {
      say($("export-status"), `Could not start the export: ${err.message}`, true);
      exporting = false;
      exportButton.disabled = !ready;
    }
  });

  // --- the player and the timeline ------------------------------------------------------------

  player.addEventListener("timeupdate", () => {
    const timeline = $("timeline");
    if (!timeline || !player.duration) return;
    timeline.style.setProperty("--playhead", `${(100 * player.currentTime) / player.duration}%`);
    timeline.classList.add("playing");
  });

  function seekTo(segment) {
    const timeline = $("timeline");
    const total = Number(timeline && timeline.dataset.duration);
    if (!player.duration || !total) return;
    player.currentTime = (Number(segment.dataset.start) / total) * player.duration;
  }

  $("timeline-slot").addEventListener("click", (event) => {
    const segment = event.target.closest("[data-segment-id]");
    if (segment) seekTo(segment);
  });
  $("timeline-slot").addEventListener("keydown", (event) => {
    const segment = event.target.closest("[data-segment-id]");
    if (segment && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      seekTo(segment);
    }
  });

  lastTimeline = $("timeline-slot").innerHTML;
  localTimes(document);
  refreshQuietly();
})();
