"""Assemble the whole-book print editions, one page per language.

MkDocs renders every chapter as its own page; a printed handbook wants them as one
document. While the site builds, this hook keeps the rendered HTML of each page (with
its exercise widgets already in place), and after each language's build it writes:

- ``print/index.html``          the trainee edition (worksheets, no answers)
- ``print/trainer/index.html``  the trainer edition (adds the answer key as an appendix)

under that language's site root (``site/`` for Chinese, ``site/en/`` for English).
``tools/make_pdf.py`` prints these pages to PDF with headless Chromium; a reader can
also open them in a browser and press Ctrl+P.

This hook is the one owner of the PDFs in the site. ``make pdf`` is one build with
``HANDBOOK_PRINT_PDF=1``: the trainer guide then lists every PDF, and once the last language
is built this hook runs ``tools/make_pdf.py`` on the site (into ``build/pdf/``). Every build
copies the PDFs of ``build/pdf/`` into ``site/pdf/`` and lists them on the trainer guide, so a
plain ``make build`` or ``make serve`` still offers the PDFs made by an earlier ``make pdf``.

Links between chapters become links inside the document; every id is prefixed with
its chapter so that headings of the same name in two chapters stay distinct.
mkdocs-static-i18n runs ``on_post_build`` once per language, so everything here is
keyed by language and idempotent.
"""

from __future__ import annotations

import os
import posixpath
import re
import shutil
import subprocess
import sys
from datetime import date
from html import escape, unescape
from pathlib import Path

from editions import converter, is_generated, texts_lang
from handbook_site import config_dir, default_lang, languages, page_lang, site_root, src_path
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from exercises.exercise_bank import load_bank
from exercises.locale import default_language, get_locale, names_list
from exercises.locale import languages as locale_languages


def book_labels(lang: str) -> dict[str, str]:
    """The printed book's texts: ``[print]`` of the language's locale file."""
    texts = get_locale(lang).texts("print")
    return {k: v for k, v in texts.items() if isinstance(v, str)}


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


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _order[page_lang(config)] = [src_path(p, config) for p in nav.pages]
    return nav


PDF_ORDER = ["handbook-{0}.pdf", "handbook-{0}-trainer.pdf", "quick-reference-{0}.pdf",
             "roleplay-cards-{0}.pdf", "scorecard-{0}.pdf"]
PDF_DIR = Path("build") / "pdf"  # where tools/make_pdf.py writes, relative to mkdocs.yml
PRINT_ENV = "HANDBOOK_PRINT_PDF"  # set by `make pdf`: print the PDFs at the end of this build


def pdf_name(pattern: str, lang: str) -> str:
    """A PDF's file name: ``handbook-zh-hant.pdf`` (language codes in lower case)."""
    return pattern.format(lang.lower())


def downloads_html(lang: str, page_url: str, pdfs: list[str], default: str = "",
                   langs: list[str] | None = None) -> str:
    """The list of print editions and PDFs that replaces `<!-- pdf-downloads -->`; ``langs``
    are the site's languages (generated editions included), the locales' by default."""
    default = default or default_language()
    labels = get_locale(texts_lang(lang)).text("print", "downloads")
    up = "../" * page_url.strip("/").count("/") + ("../" if page_url.strip("/") else "")
    root = up + ("../" if lang != default else "")  # the PDFs live once, at the site root
    items = [f'<li><a href="{up}print/">{escape(labels["print"])}</a></li>',
             f'<li><a href="{up}print/trainer/">{escape(labels["print_trainer"])}</a></li>']
    others = [other for other in (langs or locale_languages()) if other != lang]
    for name in [pdf_name(n, code) for code in (lang, *others) for n in PDF_ORDER]:
        if name in pdfs and name in labels:
            items.append(f'<li><a href="{root}pdf/{name}" download>{escape(labels[name])}</a></li>')
    note = "" if pdfs else f'<p class="print-note">{escape(labels["none"])}</p>'
    return f'<ul class="print-downloads">{"".join(items)}</ul>{note}'


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "<!-- pdf-downloads -->" not in markdown:
        return markdown
    lang = page_lang(config)
    url = page.url[len(lang) + 1 :] if page.url.startswith(f"{lang}/") else page.url
    html = downloads_html(lang, url, pdf_files(config), default_lang(config), languages(config))
    return markdown.replace("<!-- pdf-downloads -->", html)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    src = src_path(page, config)
    _pages.setdefault(page_lang(config), {})[src] = (page.url, page.title or "", html)
    if src == "quick-reference.md":
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
        if lang not in ex.data:
            continue  # not translated yet (lint says so)
        t = ex.lang(lang)
        rows.append(f'<section class="answer" data-answer-key="{escape(ex.id, quote=True)}">')
        rows.append(f"<h2>{escape(t.title)}</h2>")
        rows.append(f'<p class="answer-principles">{escape(labels["principles"])}: '
                    f"{escape(names_list(lang, (principle_names.get(p, p) for p in ex.principles)))}</p>")
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
    return {p.id: p.name(lang) for p in load_principles()}


def _h1(html: str) -> str:
    """The text of a page's first heading (what the reader sees as the chapter title)."""
    m = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    if not m:
        return ""
    text = re.sub(r'<a class="headerlink".*?</a>', "", m.group(1), flags=re.S)
    return unescape(re.sub(r"<[^>]+>", "", text)).strip()


def build_book(lang: str, trainer: bool, depth: str) -> str:
    # a generated edition (hooks/editions.py): its source's texts, converted; its chapters
    # (kept by on_page_content) are converted already
    text_lang, conv = texts_lang(lang), converter(lang)
    labels = {key: conv(value) for key, value in book_labels(text_lang).items()}
    url_map = _page_url_to_src(lang)
    pages = _pages.get(lang, {})
    chapters = [s for s in _order.get(lang, []) if s in pages and s not in SKIP_IN_BOOK
                and (trainer or s not in TRAINER_ONLY)]
    page_root = depth + ("" if lang == _default.get(lang, default_language()) else f"{lang}/")
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
        body.append(conv(_answer_key(text_lang, book_labels(text_lang), _principle_names(text_lang))))
    html_lang = lang if is_generated(lang) else get_locale(lang).html_lang
    subtitle = " · ".join(book_labels(other)["title"] for other in locale_languages()
                          if other not in (lang, text_lang))
    return "\n".join([
        "<!doctype html>",
        f'<html lang="{html_lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(labels['title'])} · {escape(edition)}</title>",
        f'<link rel="stylesheet" href="{depth}assets/print.css">',
        f'<link rel="stylesheet" href="{depth}assets/roleplay-cards.css">',  # role-play chapter
        "</head>",
        f'<body class="print-book{" print-book--trainer" if trainer else ""}" data-lang="{lang}">',
        f'<section class="cover"><p class="cover-edition">{escape(edition)}</p>'
        f'<h1 class="cover-title">{escape(labels["title"])}</h1>'
        f'<p class="cover-subtitle">{escape(subtitle)}</p>'
        f'<p class="cover-date">{date.today().isoformat()}</p>'
        f'<p class="cover-note">{escape(labels["note"])}</p></section>',
        f'<nav class="toc"><h1>{escape(labels["toc"])}</h1><ol>{"".join(toc)}</ol></nav>',
        *body,
        "</body></html>",
    ])


def on_post_build(config: MkDocsConfig) -> None:
    lang = page_lang(config)
    if lang not in _pages:
        return
    default = default_lang(config)
    _default[lang] = default
    prefix = "" if lang == default else f"{lang}/"
    site = site_root(config)
    for trainer, rel in ((False, "print"), (True, "print/trainer")):
        out = site / prefix / rel / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        depth = "../" * (prefix + rel).count("/") + "../"
        out.write_text(build_book(lang, trainer, depth), encoding="utf-8")
    if _last_language(config):  # every language's pages are in the site now
        made = config_dir(config) / PDF_DIR
        if os.environ.get(PRINT_ENV):
            print_pdfs(site, made)
        offer_pdfs(made, site / "pdf")


def _last_language(config: MkDocsConfig) -> bool:
    """True in the last of mkdocs-static-i18n's builds (the other languages' are done)."""
    i18n = config.plugins.get("i18n")
    default = default_lang(config)
    others = [lang for lang in getattr(i18n, "build_languages", None) or [] if lang != default]
    return page_lang(config) == (others[-1] if others else default)  # the default is built first


def print_pdfs(site: Path, out: Path) -> None:
    """Print the editions and cards of the built `site` into `out` (tools/make_pdf.py)."""
    tool = Path(__file__).resolve().parent.parent / "tools" / "make_pdf.py"
    result = subprocess.run([sys.executable, str(tool), "--site", str(site), "--out", str(out)])
    if result.returncode != 0:
        raise PluginError(f"tools/make_pdf.py failed (exit status {result.returncode}); see above")


def offer_pdfs(made: Path, target: Path) -> None:
    """The PDFs made by `make pdf`, copied into the site for download."""
    pdfs = sorted(made.glob("*.pdf")) if made.is_dir() else []
    if pdfs:
        target.mkdir(parents=True, exist_ok=True)
    for pdf in pdfs:
        shutil.copy2(pdf, target / pdf.name)


def pdf_files(config: MkDocsConfig) -> list[str]:
    """Names of the PDF editions the site offers (for the trainer guide's download list): all
    of them when this build prints them, else those an earlier `make pdf` made."""
    if os.environ.get(PRINT_ENV):
        return sorted(pdf_name(name, lang) for lang in languages(config) for name in PDF_ORDER)
    made = config_dir(config) / PDF_DIR
    return sorted(p.name for p in made.glob("*.pdf")) if made.is_dir() else []
