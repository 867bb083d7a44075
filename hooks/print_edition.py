"""Assemble the whole-book print editions, one page per language.

MkDocs renders every chapter as its own page; a printed handbook wants them as one
document. While the site builds, this hook keeps the rendered HTML of each page (with
its exercise widgets already in place), and after each language's build it writes:

- ``print/index.html``          the trainee edition (worksheets, no answers)
- ``print/trainer/index.html``  the trainer edition (adds the answer key as an appendix)

under that language's site root (``site/`` for Chinese, ``site/en/`` for English).
``tools/make_pdf.py`` prints these pages to PDF with headless Chromium; a reader can
also open them in a browser and press Ctrl+P.

Links between chapters become links inside the document; every id is prefixed with
its chapter so that headings of the same name in two chapters stay distinct.
mkdocs-static-i18n runs ``on_post_build`` once per language, so everything here is
keyed by language and idempotent.
"""

from __future__ import annotations

import posixpath
import re
import shutil
from datetime import date
from html import escape, unescape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from exercises.bank import load_bank

BOOK_LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "客户服务训练手册",
        "trainee": "学员版",
        "trainer": "培训师版",
        "toc": "目录",
        "answer_key": "附录：练习答案",
        "answer_key_intro": "每道练习的提示（由浅入深）和参考答案。参考答案只是一种示范，"
        "学员的回复只要做到了同样几点，就同样是好回复。",
        "hints": "提示",
        "model_answers": "参考答案",
        "principles": "对照原则",
        "case": "案例",
        "note": "本书由在线版手册自动排版生成。练习的书写区可直接手写作答。",
    },
    "en": {
        "title": "Customer Service Training Handbook",
        "trainee": "Trainee edition",
        "trainer": "Trainer edition",
        "toc": "Contents",
        "answer_key": "Appendix: answer key",
        "answer_key_intro": "For every exercise: the hints, from gentle to specific, and the model answers."
        " A model answer is one good reply, not the only one: a trainee's reply that does the same"
        " things is just as good.",
        "hints": "Hints",
        "model_answers": "Model answers",
        "principles": "Principles",
        "case": "Case",
        "note": "Typeset from the online handbook. Write your answers by hand in the ruled space.",
    },
}

# Pages that belong on the site but not in the printed book: the interactive index of
# exercises (the worksheets are in the chapters), the card (printed on its own) and the
# class report (it shows only what a trainer drops on it).
SKIP_IN_BOOK = {"exercises.md", "quick-reference.md", "class-report.md"}
# The trainer guide (teaching, hosting) goes in the trainer edition only: the trainee's
# book has no business with server configuration or the grading workflow.
TRAINER_ONLY = {"trainer-guide.md", "trainer-hosting.md"}

_pages: dict[str, dict[str, tuple[str, str, str]]] = {}  # lang -> src -> (url, title, html)
_order: dict[str, list[str]] = {}  # lang -> src paths in nav order
_default: dict[str, str] = {}  # lang -> the site's default language (pages at the site root)


def _lang(config: MkDocsConfig) -> str:
    i18n = config.plugins.get("i18n")
    current = getattr(i18n, "current_language", None) if i18n else None
    return str(current or config.theme.get("language") or "zh")


def _src(page: Page) -> str:
    src = page.file.src_uri
    for prefix in ("zh/", "en/"):
        if src.startswith(prefix):
            return src[len(prefix) :]
    return src


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _order[_lang(config)] = [_src(p) for p in nav.pages]
    return nav


DOWNLOADS: dict[str, dict[str, str]] = {
    "zh": {
        "print": "整本打印（学员版，网页）", "print_trainer": "整本打印（培训师版，网页，含答案）",
        "handbook-zh.pdf": "中文学员版 PDF", "handbook-zh-trainer.pdf": "中文培训师版 PDF（含答案）",
        "quick-reference-zh.pdf": "中文速查卡 PDF（一页）",
        "scorecard-zh.pdf": "中文通话观察评分表 PDF（一页）",
        "handbook-en.pdf": "英文学员版 PDF", "handbook-en-trainer.pdf": "英文培训师版 PDF（含答案）",
        "quick-reference-en.pdf": "英文速查卡 PDF（一页）",
        "scorecard-en.pdf": "英文通话观察评分表 PDF（一页）",
        "none": "这一版网站构建时还没有生成 PDF。在项目目录里运行 make pdf，就会生成并出现在这里"
        "（正在运行的 make serve 要重新启动才能看到）。",
    },
    "en": {
        "print": "The whole book for printing (trainee edition, web page)",
        "print_trainer": "The whole book for printing (trainer edition with answers, web page)",
        "handbook-en.pdf": "English trainee edition (PDF)",
        "handbook-en-trainer.pdf": "English trainer edition with answers (PDF)",
        "quick-reference-en.pdf": "English quick-reference card, one page (PDF)",
        "scorecard-en.pdf": "English call observation scorecard, one page (PDF)",
        "handbook-zh.pdf": "Chinese trainee edition (PDF)",
        "handbook-zh-trainer.pdf": "Chinese trainer edition with answers (PDF)",
        "quick-reference-zh.pdf": "Chinese quick-reference card, one page (PDF)",
        "scorecard-zh.pdf": "Chinese call observation scorecard, one page (PDF)",
        "none": "This build of the site has no PDFs yet: run make pdf in the project folder"
        " and they appear here (restart a running make serve to see them).",
    },
}
PDF_ORDER = ["handbook-{0}.pdf", "handbook-{0}-trainer.pdf", "quick-reference-{0}.pdf", "scorecard-{0}.pdf"]


def downloads_html(lang: str, page_url: str, pdfs: list[str], default: str = "zh") -> str:
    """The list of print editions and PDFs that replaces `<!-- pdf-downloads -->`."""
    labels = DOWNLOADS.get(lang, DOWNLOADS["en"])
    up = "../" * page_url.strip("/").count("/") + ("../" if page_url.strip("/") else "")
    root = up + ("../" if lang != default else "")  # the PDFs live once, at the site root
    items = [f'<li><a href="{up}print/">{escape(labels["print"])}</a></li>',
             f'<li><a href="{up}print/trainer/">{escape(labels["print_trainer"])}</a></li>']
    other = "en" if lang == "zh" else "zh"
    for name in [n.format(lang) for n in PDF_ORDER] + [n.format(other) for n in PDF_ORDER]:
        if name in pdfs:
            items.append(f'<li><a href="{root}pdf/{name}" download>{escape(labels[name])}</a></li>')
    note = "" if pdfs else f'<p class="print-note">{escape(labels["none"])}</p>'
    return f'<ul class="print-downloads">{"".join(items)}</ul>{note}'


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "<!-- pdf-downloads -->" not in markdown:
        return markdown
    lang = _lang(config)
    url = page.url[len(lang) + 1 :] if page.url.startswith(f"{lang}/") else page.url
    html = downloads_html(lang, url, pdf_files(Path(config.config_file_path).parent))
    return markdown.replace("<!-- pdf-downloads -->", html)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    _pages.setdefault(_lang(config), {})[_src(page)] = (page.url, page.title or "", html)
    if _src(page) == "quick-reference.md":
        return f'<div class="qr-card">{html}</div>'  # print.css sets the card on one A4 page
    return html


def _slug(src: str) -> str:
    return "ch-" + re.sub(r"[^a-z0-9]+", "-", src.removesuffix(".md").lower()).strip("-")


def _page_url_to_src(lang: str) -> dict[str, str]:
    """Map each page's URL (site-root relative, no language prefix) to its source path."""
    out = {}
    for src, (url, _title, _html) in _pages.get(lang, {}).items():
        u = url
        if u.startswith(f"{lang}/"):
            u = u[len(lang) + 1 :]
        out[u] = src
    return out


_ATTR = re.compile(r'\b(href|src|id|for|aria-labelledby)="([^"]*)"')


def _rewrite(html: str, src: str, page_url: str, lang: str, url_map: dict[str, str], depth: str,
             in_book: set[str] | None = None, page_root: str = "") -> str:
    """Make one chapter's HTML live inside the book page.

    A link to a chapter of this book becomes a link inside the document; a link to a page
    that is not in this book (not in `in_book`) points at that page of the site, under
    `page_root` (the language's folder, seen from the book page)."""
    slug = _slug(src)
    base = page_url if page_url.endswith("/") or not page_url else page_url + "/"
    if base.startswith(f"{lang}/"):
        base = base[len(lang) + 1 :]

    def repl(m: re.Match[str]) -> str:
        attr, value = m.group(1), m.group(2)
        if attr in ("id", "for", "aria-labelledby"):
            return f'{attr}="{" ".join(f"{slug}--{v}" for v in value.split())}"'
        if not value or re.match(r"^[a-z][a-z0-9+.-]*:", value) or value.startswith("//"):
            return m.group(0)  # absolute URL, mailto:, data: …
        if value.startswith("#"):
            return f'{attr}="#{slug}--{value[1:]}"'
        path, _, frag = value.partition("#")
        target = posixpath.normpath(posixpath.join(base, path)) if path else base.rstrip("/")
        target = "" if target == "." else target.lstrip("/")
        if attr == "href":
            key = target + "/" if target and not target.endswith("/") else target
            if key in url_map and (in_book is None or url_map[key] in in_book):
                tslug = _slug(url_map[key])
                return f'href="#{tslug}--{frag}"' if frag else f'href="#{tslug}"'
            if key in url_map:  # a page of the site that this book leaves out
                return f'href="{page_root}{key}{"#" + frag if frag else ""}"'
        # an asset: point at it from the book page (assets live once, at the site root)
        if target.startswith(f"{lang}/"):
            target = target[len(lang) + 1 :]
        return f'{attr}="{depth}{target}{"#" + frag if frag else ""}"'

    return _ATTR.sub(repl, html)


def _answer_key(lang: str, labels: dict[str, str], principle_names: dict[str, str]) -> str:
    rows = [f'<section class="chapter appendix" id="answer-key"><h1>{escape(labels["answer_key"])}</h1>',
            f'<p>{escape(labels["answer_key_intro"])}</p>']
    for ex in sorted(load_bank().values(), key=lambda e: (e.order, e.id)):
        t = ex.lang(lang)
        names = "、".join if lang == "zh" else ", ".join
        rows.append(f'<section class="answer" data-answer-key="{escape(ex.id, quote=True)}">')
        rows.append(f"<h2>{escape(t.title)}</h2>")
        rows.append(f'<p class="answer-principles">{escape(labels["principles"])}: '
                    f"{escape(names(principle_names.get(p, p) for p in ex.principles))}</p>")
        rows.append(f'<h3>{escape(labels["hints"])}</h3><ol class="answer-hints">')
        rows.extend(f"<li>{escape(h)}</li>" for h in t.hints)
        rows.append(f'</ol><h3>{escape(labels["model_answers"])}</h3>')
        rows.extend(f'<blockquote class="answer-model">{escape(a)}</blockquote>' for a in t.model_answers)
        rows.append("</section>")
    rows.append("</section>")
    return "\n".join(rows)


def _principle_names(lang: str) -> dict[str, str]:
    try:
        from exercises.principles import load_principles
    except ImportError:  # pragma: no cover - the engine is always there in a real build
        return {}
    out: dict[str, str] = {}
    for p in load_principles():
        pid = p["id"] if isinstance(p, dict) else p.id
        out[pid] = (p[lang] if isinstance(p, dict) else getattr(p, lang))
    return out


def _h1(html: str) -> str:
    """The text of a page's first heading (what the reader sees as the chapter title)."""
    m = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    if not m:
        return ""
    text = re.sub(r'<a class="headerlink".*?</a>', "", m.group(1), flags=re.S)
    return unescape(re.sub(r"<[^>]+>", "", text)).strip()


def build_book(lang: str, trainer: bool, depth: str) -> str:
    labels = BOOK_LABELS.get(lang, BOOK_LABELS["en"])
    url_map = _page_url_to_src(lang)
    pages = _pages.get(lang, {})
    chapters = [s for s in _order.get(lang, []) if s in pages and s not in SKIP_IN_BOOK
                and (trainer or s not in TRAINER_ONLY)]
    page_root = depth + ("" if lang == _default.get(lang, "zh") else f"{lang}/")
    edition = labels["trainer"] if trainer else labels["trainee"]
    toc = []
    body = []
    for src in chapters:
        url, title, html = pages[src]
        title = _h1(html) or title
        slug = _slug(src)
        toc.append(f'<li><a href="#{slug}"><span class="toc-title">{escape(title)}</span>'
                   f'<span class="toc-page" data-chapter="{slug}"></span></a></li>')
        body.append(f'<section class="chapter" id="{slug}" data-title="{escape(title, quote=True)}">'
                    f"{_rewrite(html, src, url, lang, url_map, depth, set(chapters), page_root)}</section>")
    if trainer:
        toc.append(f'<li><a href="#answer-key"><span class="toc-title">{escape(labels["answer_key"])}</span>'
                   '<span class="toc-page" data-chapter="answer-key"></span></a></li>')
        body.append(_answer_key(lang, labels, _principle_names(lang)))
    html_lang = "zh-Hans" if lang == "zh" else lang
    return "\n".join([
        "<!doctype html>",
        f'<html lang="{html_lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(labels['title'])} · {escape(edition)}</title>",
        f'<link rel="stylesheet" href="{depth}assets/print.css">',
        "</head>",
        f'<body class="print-book{" print-book--trainer" if trainer else ""}" data-lang="{lang}">',
        f'<section class="cover"><p class="cover-edition">{escape(edition)}</p>'
        f'<h1 class="cover-title">{escape(labels["title"])}</h1>'
        f'<p class="cover-subtitle">{escape(BOOK_LABELS["en" if lang == "zh" else "zh"]["title"])}</p>'
        f'<p class="cover-date">{date.today().isoformat()}</p>'
        f'<p class="cover-note">{escape(labels["note"])}</p></section>',
        f'<nav class="toc"><h1>{escape(labels["toc"])}</h1><ol>{"".join(toc)}</ol></nav>',
        *body,
        "</body></html>",
    ])


def on_post_build(config: MkDocsConfig) -> None:
    lang = _lang(config)
    if lang not in _pages:
        return
    i18n = config.plugins.get("i18n")
    default = getattr(i18n, "default_language", "zh") if i18n else lang
    _default[lang] = default
    prefix = "" if lang == default else f"{lang}/"
    site = Path(config.site_dir)
    for trainer, rel in ((False, "print"), (True, "print/trainer")):
        out = site / prefix / rel / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        depth = "../" * (prefix + rel).count("/") + "../"
        out.write_text(build_book(lang, trainer, depth), encoding="utf-8")
    # PDFs made earlier by `make pdf` are offered for download on the site.
    made = Path(config.config_file_path).parent / "build" / "pdf"
    if made.is_dir() and not prefix:
        target = site / "pdf"
        target.mkdir(parents=True, exist_ok=True)
        for pdf in sorted(made.glob("*.pdf")):
            shutil.copy2(pdf, target / pdf.name)


def pdf_files(config_dir: Path) -> list[str]:
    """Names of the PDF editions made by `make pdf` (for the trainer guide's download list)."""
    made = config_dir / "build" / "pdf"
    return sorted(p.name for p in made.glob("*.pdf")) if made.is_dir() else []
