// Role-play widget: the customer answers back. One small ES module, no framework.
// The widget's HTML (title, situation, mood, the customer's first line) is rendered at build
// time by hooks/roleplay_markers.py; this module adds the conversation. Each reply is played,
// with every reply before it, by exercises.roleplay in the exercise worker (Pyodide), so the
// page shows exactly the path `python -m exercises roleplay ID --script FILE` prints.
// Replies and the draft are kept in localStorage; the transcript is rebuilt from them on reload.
// Stable hooks (data-roleplay, data-role, data-state, data-mood, data-kind…): exercises/FORMAT.md.

// el() builds elements from text only (never HTML); highlight() marks finding spans in a reply
import { el, highlight } from "./exercise.js";
import { labelsInEdition, loadEditionTexts, toEdition } from "./edition-texts.js";
// the page's one engine (a single worker, shared with the exercise widgets) and the start-up helper
import { currentEngine, onEveryPage, startEngine } from "./engine-client.js";

// a generated edition (zh-Hant): its texts, before any widget is drawn (null elsewhere)
const EDITION = await loadEditionTexts();

const STORE = "cs-handbook";
// a turn that has not answered after this long: the worker is stopped and started afresh
const TURN_TIMEOUT_MS = 30000;

const LABELS = {
  zh: {
    you: "你",
    loading: "正在加载检查程序……第一次需要几秒钟。",
    thinking: "客户正在听你说……",
    restoring: "正在恢复上次的对话……",
    yourTurn: "轮到你了。",
    ended: "对话结束了。下面是结局和复盘；可以重新开始，试试别的说法。",
    empty: "回复是空的。先写几句再发。",
    error: "出了问题：",
    unavailable:
      "这个浏览器现在无法运行检查程序，所以客户没法根据你的回复作出反应。你写的内容都还在；也可以打印本章的角色卡，和同伴面对面练。",
    notSaved: "这个浏览器没有保存对话（可能是隐私模式或存储已满）；刷新页面后对话会丢失。",
    fix: "要改",
    good: "做到了",
    mood: "心情",
    kinds: { resolved: "问题解决了", lost: "客户走了", escalated: "客户要求找上级" },
    ending: "结局",
    debrief: "复盘",
    principles: "起作用的原则",
    path: "走过的路径",
    colon: "：",
    comma: "、",
    title: "角色扮演",
  },
  en: {
    you: "You",
    loading: "Loading the checker… the first time takes a few seconds.",
    thinking: "The customer is listening…",
    restoring: "Bringing back your last conversation…",
    yourTurn: "Your turn.",
    ended: "The conversation is over. The ending and debrief are below; start again to try another way.",
    empty: "The reply is empty. Write something first.",
    error: "Something went wrong: ",
    unavailable:
      "This browser cannot run the checker right now, so the customer cannot react to your replies. What you wrote is kept; you can also print this chapter's role-play cards and practise face to face.",
    notSaved: "This browser is not saving the conversation (private mode, or storage full); it is lost on reload.",
    fix: "To fix",
    good: "Done well",
    mood: "Mood",
    kinds: { resolved: "Resolved", lost: "Customer lost", escalated: "Escalated" },
    ending: "Ending",
    debrief: "Debrief",
    principles: "Principles at work",
    path: "Path taken",
    colon: ": ",
    comma: ", ",
    title: "Role-play",
  },
};

// ---------------------------------------------------------------- storage (never throws)

function load(key) {
  try {
    const value = JSON.parse(window.localStorage.getItem(`${STORE}:${key}`) || "null");
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

function save(key, value) {
  try {
    window.localStorage.setItem(`${STORE}:${key}`, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const signed = (n) => (n > 0 ? `+${n}` : String(n));

// ---------------------------------------------------------------- one widget

function initRoleplay(root) {
  if (root.dataset.ready) return;
  root.dataset.ready = "true";
  const id = root.dataset.roleplay;
  const lang = root.dataset.lang || document.documentElement.lang || "zh";
  // a generated edition (zh-Hant): its labels and the customer's lines converted
  const L = labelsInEdition(LABELS[lang] || LABELS.en, EDITION);
  const q = (role) => root.querySelector(`[data-role="${role}"]`);
  const transcript = q("transcript");
  const status = q("status");
  const reply = q("reply");
  const send = q("send");
  const ending = q("ending");
  const mood = q("mood");
  const answerBox = q("answer-box");
  const names = JSON.parse(root.dataset.principleNames || "{}");
  const href = root.dataset.principlesHref || "../principles/";
  const persona = root.dataset.persona || "";
  const startMood = Number(root.dataset.moodStart) || 0;
  const key = `roleplay:${lang}:${id}`;
  const opening = Array.from(transcript.childNodes, (node) => node.cloneNode(true));

  const stored = load(key);
  let replies = Array.isArray(stored.replies) ? stored.replies.filter((r) => typeof r === "string") : [];
  let last = null;
  if (typeof stored.draft === "string") reply.value = stored.draft;
  const storageNote = el("p", { class: "cs-exercise__storage", "data-role": "storage-note", hidden: true, text: L.notSaved });
  answerBox.append(storageNote);
  const persist = () => {
    storageNote.hidden = save(key, { replies, draft: reply.value });
  };

  const setStatus = (state, text) => {
    status.dataset.state = state;
    status.setAttribute("aria-busy", state === "loading" ? "true" : "false");
    status.replaceChildren(el("p", { text }));
  };
  const setMood = (value) => {
    mood.dataset.mood = String(value);
    mood.querySelector("meter").value = value;
    q("mood-value").textContent = `${value}/100`;
  };
  const link = (principle) => el("a", { href: `${href}#${principle}`, "data-principle": principle, text: names[principle] || principle });
  const links = (principles) => {
    const span = el("span");
    principles.forEach((p, i) => span.append(i ? L.comma : "", link(p)));
    return span;
  };

  const customerItem = (node, line, final = false) =>
    el(
      "li",
      { class: "cs-roleplay__turn", "data-speaker": "customer", "data-node": node, "data-final": final || null },
      el("span", { class: "cs-roleplay__who", text: persona }),
      el("p", { class: "cs-roleplay__line", text: line }),
    );

  const replyItem = (turn, index) => {
    const item = el("li", {
      class: "cs-roleplay__turn cs-roleplay__turn--you",
      "data-speaker": "trainee",
      "data-turn": index + 1,
      "data-passed": String(turn.passed),
    });
    item.append(el("span", { class: "cs-roleplay__who", text: L.you }), highlight(turn.reply, turn.findings));
    const feedback = el("div", { class: "cs-roleplay__feedback", "data-role": "turn-feedback" });
    const serious = turn.findings.filter((f) => f.severity === "error" || f.severity === "warning");
    if (serious.length) {
      const list = el("ul", { class: "cs-feedback__group" });
      for (const f of serious) {
        list.append(el("li", { "data-principle": f.principle, "data-severity": f.severity }, link(f.principle), L.colon, f.message || ""));
      }
      feedback.append(el("p", { class: "cs-exercise__label", text: L.fix }), list);
    }
    const followed = [...new Set((turn.followed || []).map((f) => f.principle))];
    if (followed.length) {
      const good = el("p", { class: "cs-roleplay__good" }, `✓ ${L.good}${L.colon}`, links(followed));
      followed.forEach((p) => good.setAttribute(`data-followed-${p}`, ""));
      feedback.append(good);
    }
    feedback.append(
      el("p", {
        class: `cs-roleplay__mood-change cs-roleplay__mood-change--${turn.delta < 0 ? "down" : "up"}`,
        "data-role": "mood-change",
        "data-delta": turn.delta,
        text: `${L.mood}${L.colon}${turn.mood_before} → ${turn.mood} (${signed(turn.delta)})`,
      }),
    );
    item.append(feedback);
    return item;
  };

  const showEnding = (result) => {
    const end = result.ending;
    ending.dataset.kind = end.kind;
    ending.replaceChildren(
      el("p", { class: "cs-roleplay__ending-title" }, el("strong", { text: `${L.ending}${L.colon}${L.kinds[end.kind] || end.kind}` })),
      el("p", { "data-role": "debrief" }, el("strong", { text: `${L.debrief}${L.colon}` }), end.debrief),
      el("p", {}, `${L.principles}${L.colon}`, links(end.principles)),
      el("p", { "data-role": "path", text: `${L.path}${L.colon}${result.path.map((n, i) => `${n} (${i ? result.turns[i - 1].mood : result.mood_start})`).join(" → ")}` }),
    );
    ending.hidden = false;
    answerBox.hidden = true;
  };

  const backButton = q("back");
  const render = (result) => {
    last = result;
    backButton.disabled = result.turns.length === 0;
    const items = [];
    result.turns.forEach((turn, i) => items.push(customerItem(turn.node, turn.customer), replyItem(turn, i)));
    if (result.node) items.push(customerItem(result.node.id, result.node.customer));
    else items.push(customerItem(result.ending.id, result.ending.customer, true));
    transcript.replaceChildren(...items);
    setMood(result.mood);
    root.dataset.path = result.path.join(" ");
    if (result.ending) {
      showEnding(result);
      root.dataset.state = "ended";
      setStatus("ended", L.ended);
    } else {
      ending.hidden = true;
      ending.replaceChildren();
      delete ending.dataset.kind;
      answerBox.hidden = false;
      root.dataset.state = "playing";
      setStatus("playing", L.yourTurn);
    }
  };

  const showUnavailable = () => {
    setStatus("unavailable", L.unavailable);
    send.disabled = true;
  };

  const play = async (next, waiting) => {
    const e = startEngine();
    if (e.state === "unavailable") {
      showUnavailable();
      return false;
    }
    send.disabled = true;
    setStatus("loading", e.state === "ready" ? waiting : L.loading);
    try {
      const json = await e.request({ type: "roleplay", scenario: id, lang, replies: next }, { timeoutMs: TURN_TIMEOUT_MS });
      const result = toEdition(JSON.parse(json), EDITION);
      render(result);
      // what the engine played is what counts (replies after an ending are dropped)
      replies = next.slice(0, result.turns.length);
      return true;
    } catch (error) {
      if (e.state === "unavailable") showUnavailable();
      else setStatus("error", `${L.error}${error.message}`);
      return false;
    } finally {
      if (e.state !== "unavailable") send.disabled = false;
    }
  };

  const submit = async () => {
    const text = reply.value.trim();
    if (last && last.ending) return;
    if (!text) {
      setStatus(status.dataset.state === "unavailable" ? "unavailable" : "idle", L.empty);
      return;
    }
    if (await play([...replies, text], L.thinking)) {
      reply.value = "";
      persist();
      reply.focus();
    }
  };

  const back = async () => {
    if (!replies.length) return;
    const previous = replies.slice(0, -1);
    const taken = replies[replies.length - 1];
    if (!previous.length) {
      restart();
    } else if (!(await play(previous, L.thinking))) {
      return;
    }
    reply.value = taken; // the reply comes back to the box, to be changed and sent again
    persist();
    reply.focus();
  };

  const restart = () => {
    replies = [];
    last = null;
    reply.value = "";
    persist();
    transcript.replaceChildren(...opening.map((node) => node.cloneNode(true)));
    setMood(startMood);
    ending.hidden = true;
    ending.replaceChildren();
    delete ending.dataset.kind;
    answerBox.hidden = false;
    backButton.disabled = true;
    delete root.dataset.path;
    root.dataset.state = "idle";
    if (status.dataset.state !== "unavailable") setStatus("idle", L.yourTurn);
    reply.focus();
  };

  const transcriptText = () => {
    const title = root.querySelector(".cs-roleplay__title");
    const lines = [title ? title.textContent.trim() : `${L.title} ${id}`, ""];
    if (!last) {
      replies.forEach((r) => lines.push(`${L.you}${L.colon}${r}`));
      return lines.join("\n");
    }
    last.turns.forEach((turn, i) => {
      lines.push(`${i + 1}. ${persona}${L.colon}${turn.customer}`, `   ${L.you}${L.colon}${turn.reply}`);
      for (const f of turn.findings.filter((x) => x.severity === "error" || x.severity === "warning")) {
        lines.push(`   ${L.fix}${L.colon}${names[f.principle] || f.principle} — ${f.message}`);
      }
      const followed = [...new Set(turn.followed.map((f) => names[f.principle] || f.principle))];
      if (followed.length) lines.push(`   ${L.good}${L.colon}${followed.join(L.comma)}`);
      lines.push(`   ${L.mood}${L.colon}${turn.mood_before} → ${turn.mood} (${signed(turn.delta)})`, "");
    });
    if (last.node) lines.push(`${persona}${L.colon}${last.node.customer}`);
    if (last.ending) {
      const end = last.ending;
      lines.push(`${persona}${L.colon}${end.customer}`, "", `${L.ending}${L.colon}${L.kinds[end.kind] || end.kind}`,
        `${L.debrief}${L.colon}${end.debrief}`, `${L.principles}${L.colon}${end.principles.map((p) => names[p] || p).join(L.comma)}`);
    }
    lines.push(`${L.path}${L.colon}${last.path.join(" → ")}`);
    return `${lines.join("\n")}\n`;
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([`\ufeff${transcriptText()}`], { type: "text/plain;charset=utf-8" }));
    const a = el("a", { href: url, download: `roleplay-${id}-${lang}.txt` });
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  // load the engine as soon as the trainee starts; say at once when it cannot run
  reply.addEventListener("focus", () => startEngine().ready.catch(showUnavailable));
  reply.addEventListener("input", persist);
  reply.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  });
  send.addEventListener("click", submit);
  backButton.addEventListener("click", back);
  q("restart").addEventListener("click", restart);
  q("download").addEventListener("click", download);
  root.dataset.state = "idle";
  if (replies.length) play(replies, L.restoring).then((ok) => ok && persist());
  else if (currentEngine() && currentEngine().state === "unavailable") showUnavailable();
}

function init() {
  document.querySelectorAll("[data-roleplay]").forEach(initRoleplay);
}

onEveryPage(init);
