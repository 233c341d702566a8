// The operations console's page script: reads the console API (same origin, /api/console/api/...) and builds the page
// with DOM calls (textContent only, so no value is ever parsed as markup). Actions are POSTs of ids carrying the
// anti-forgery token from api/antiforgery.
"use strict";

const api = "/api/console/api/";
let token = null;
let chart = null;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJson(path) {
  const response = await fetch(api + path, { credentials: "same-origin" });
  if (!response.ok) {
    throw new Error(`${path}: HTTP ${response.status}`);
  }
  return response.json();
}

async function post(path, body) {
  if (token === null) {
    token = await getJson("antiforgery");
  }
  const response = await fetch(api + path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", [token.headerName]: token.token },
    body: JSON.stringify(body),
  });
  const result = response.headers.get("Content-Type")?.startsWith("application/json")
    ? await response.json()
    : { done: false, message: `HTTP ${response.status}` };
  say(result.message, !result.done);
  return result;
}

function say(text, problem) {
  const message = document.getElementById("message");
  message.textContent = text;
  message.className = problem ? "problem" : "ok";
}

function day(value) {
  return new Date(value).toISOString().slice(0, 10);
}

function renderHealth(status) {
  const list = document.getElementById("health");
  const setup = status.setup;
  const items = [
    ...setup.missingSettings.map(name => `Missing setting ${name}`),
    ...setup.missingSecrets.map(name => `Missing secret ${name}`),
    ...setup.invalidSettings,
    ...setup.unreadableSecrets.map(name => `Secret ${name} could not be read`),
    ...(status.sync?.pluginProblems || []).map(p => `PowerSchool refused ${p.component}${p.operation ? ` (${p.operation})` : ""}: ${p.fix}`),
  ];
  list.replaceChildren(...(items.length === 0
    ? [el("li", { class: "ok", id: "health-ok" }, "Configured: every setting and secret is there, no plugin problems.")]
    : items.map(item => el("li", { class: "problem" }, item))));
}

function renderTargets(sync) {
  const container = document.getElementById("targets");
  container.replaceChildren(...sync.deliveryTargets.map(target => {
    const records = target.lastRuns.reduce((sum, run) => sum + run.recordCount, 0);
    const batches = target.lastRuns.filter(run => run.batchId).length;
    const rows = target.lastRuns.map(run => el("tr", {},
      el("td", {}, new Date(run.finishedAt).toLocaleString()), el("td", {}, run.batchId || "(none)"),
      el("td", {}, run.recordCount), el("td", {}, run.outcome)));
    return el("article", { "data-target": target.deliveryTargetId },
      el("h4", {}, `Delivery target ${target.deliveryTargetId}`),
      el("p", {}, "Records in the last runs: ", el("strong", { class: "records" }, records),
        "; batches: ", el("strong", { class: "batches" }, batches),
        "; batches missing from the archive: ", el("strong", {}, target.missingBatches.length)),
      el("table", {}, el("caption", {}, `Last intake runs of ${target.deliveryTargetId}`),
        el("thead", {}, el("tr", {}, ...["Finished", "Batch", "Records", "Outcome"].map(h => el("th", { scope: "col" }, h)))),
        el("tbody", {}, ...rows)));
  }));
}

function renderQueues(sync) {
  document.getElementById("queues").replaceChildren(...sync.queues.map(queue => {
    const button = el("button", { type: "button", "aria-label": `Requeue dead letters of ${queue.queue}` }, "Requeue");
    button.disabled = queue.poisoned + queue.deadLetters === 0;
    button.addEventListener("click", async () => {
      button.disabled = true;
      await post("deadletters/requeue", { queue: queue.queue });
      await load();
    });
    return el("tr", {}, el("th", { scope: "row" }, queue.queue), el("td", {}, queue.backlog),
      el("td", {}, queue.poisoned), el("td", {}, queue.deadLetters), el("td", {}, button));
  }));
}

function renderFeed(sync) {
  const feed = sync.changeFeed;
  document.getElementById("feed").replaceChildren(
    el("dt", {}, "Change feed position"),
    el("dd", {}, feed ? `data version ${feed.dataVersion}, last full scan ${new Date(feed.lastFullScanAt).toLocaleString()}` : "not started"),
    el("dt", {}, "Events"), el("dd", {}, sync.events.description),
    el("dt", {}, "Rejections waiting"), el("dd", { id: "overview-rejections" }, sync.rejections.awaiting),
    el("dt", {}, "Dead letters open"), el("dd", {}, sync.deadLetters.open));
}

function renderChart(sync, rejections) {
  const days = [];
  for (let i = 29; i >= 0; i--) {
    days.push(day(Date.now() - i * 86400000));
  }
  const received = days.map(d => sync.deliveryTargets.flatMap(t => t.lastRuns)
    .filter(run => day(run.finishedAt) === d).reduce((sum, run) => sum + run.recordCount, 0));
  const rejected = days.map(d => rejections.filter(r => day(r.rejectedAt) === d).length);
  const data = { labels: days, datasets: [
    { label: "Records received", data: received, backgroundColor: "#0b3d63" },
    { label: "Rejections waiting", data: rejected, backgroundColor: "#b23b00" }] };
  if (chart) {
    chart.data = data;
    chart.update();
  } else if (window.Chart) {
    chart = new window.Chart(document.getElementById("chart"), { type: "bar", data, options: { animation: false } });
  }
}

function reason(r) {
  return el("li", {}, el("strong", {}, r.field), `: ${r.problem} (rule: ${r.rule})`);
}

function renderRejections(rejections) {
  document.getElementById("rejections-awaiting").textContent = rejections.length;
  document.getElementById("rejection-list").replaceChildren(...rejections.map(rejection => {
    const button = el("button", { type: "button", "aria-label": `Replay submission ${rejection.submissionId}` }, "Replay");
    button.disabled = !rejection.replayable;
    button.addEventListener("click", async () => {
      button.disabled = true;
      const result = await post("rejections/replay", { submissionId: rejection.submissionId });
      if (!result.done) {
        button.disabled = false;
      }
      await load();
    });
    return el("article", { "data-submission-id": rejection.submissionId },
      el("h3", {}, `Submission ${rejection.submissionId}`),
      el("p", {}, el("a", { href: `#submission/${encodeURIComponent(rejection.submissionId)}` }, `History of submission ${rejection.submissionId}`)),
      el("p", {}, `Delivery target ${rejection.deliveryTargetId}, batch ${rejection.batchId}, rejected ${new Date(rejection.rejectedAt).toLocaleString()}`),
      el("ul", { class: "reasons" }, ...rejection.reasons.map(reason)),
      el("details", {}, el("summary", {}, "Submitted values"), el("pre", {}, rejection.recordJson)),
      button);
  }));
}

function renderActions(actions) {
  document.getElementById("actions").replaceChildren(...actions.map(action => el("tr", { "data-action": action.action, "data-target": action.target },
    el("td", {}, new Date(action.at).toLocaleString()), el("td", {}, action.who), el("td", {}, action.action),
    el("td", {}, action.target), el("td", { class: action.done ? "ok" : "problem" }, action.outcome))));
}

async function load() {
  try {
    const [status, rejections, actions] = await Promise.all([getJson("overview"), getJson("rejections"), getJson("actions")]);
    renderHealth(status);
    if (status.sync) {
      renderTargets(status.sync);
      renderQueues(status.sync);
      renderFeed(status.sync);
      renderChart(status.sync, rejections);
    }
    renderRejections(rejections);
    renderActions(actions);
    document.body.dataset.loaded = "true";
  } catch (error) {
    say(`Could not load the console: ${error.message}`, true);
  }
}

function renderSubmission(submission) {
  document.getElementById("submission-title").textContent = `Submission ${submission.submissionId}`;
  document.getElementById("submission-versions").replaceChildren(...submission.versions.map(v => el("tr", {},
    el("td", {}, v.deliveredAt ? new Date(v.deliveredAt).toLocaleString() : "(before versions)"), el("td", {}, v.deliveryTargetId || ""),
    el("td", {}, v.batchId || ""), el("td", {}, v.state), el("td", {}, v.action || ""), el("td", {}, v.dcid ?? ""))));
  const rejection = submission.rejection;
  document.getElementById("submission-rejection").replaceChildren(rejection
    ? el("ul", { class: "reasons" }, ...rejection.reasons.map(reason))
    : el("p", {}, "None: nothing about this submission waits for a person."));
  document.getElementById("submission-documents").replaceChildren(...(submission.documents.length === 0
    ? [el("li", {}, "No mirrored documents.")]
    : submission.documents.map(d => el("li", {}, el("a", {
      href: `/api/console/documents/${encodeURIComponent(d.deliveryTargetId)}/${encodeURIComponent(submission.submissionId)}/${encodeURIComponent(d.objectId)}`,
    }, `Document ${d.objectId}`), ` (${d.contentType}, ${d.length.toLocaleString()} bytes)`))));
}

async function loadSubmission(id) {
  try {
    renderSubmission(await getJson(`submissions/${encodeURIComponent(id)}`));
    document.body.dataset.submission = id;
  } catch (error) {
    say(`Could not load submission ${id}: ${error.message}`, true);
  }
}

function show() {
  const submission = location.hash.startsWith("#submission/") ? decodeURIComponent(location.hash.slice("#submission/".length)) : null;
  const page = submission !== null ? "submission" : location.hash === "#rejections" ? "rejections" : "overview";
  for (const name of ["overview", "rejections", "submission"]) {
    document.getElementById(name).hidden = name !== page;
    const link = document.getElementById(`nav-${name}`);
    if (link && name === page) {
      link.setAttribute("aria-current", "page");
    } else if (link) {
      link.removeAttribute("aria-current");
    }
  }
  if (submission !== null) {
    delete document.body.dataset.submission;
    loadSubmission(submission);
  }
  return page;
}

window.addEventListener("hashchange", () => document.getElementById(`${show()}-title`).focus());
show();
load();
