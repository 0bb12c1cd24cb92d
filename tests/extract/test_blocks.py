"""The Emitter (aggregator.extract.blocks): DOM of a chosen container -> Blocks."""

from __future__ import annotations

import lxml.html

from aggregator.extract.blocks import Emitter, norm_key


def emit(fragment: str, base: str | None = "https://www.example.com/tv/a/", title: str = "") -> list:
    node = lxml.html.fragment_fromstring(fragment, create_parent="div")
    emitter = Emitter(base_url=base, title_key=norm_key(title))
    emitter.container(node)
    return emitter.blocks


def test_br_runs_split_paragraphs_and_links_become_absolute():
    blocks = emit('First line of text,<br>still the same sentence.<br><br>'
                  'A second <a href="/news/x">paragraph</a> here.')
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "First line of text, still the same sentence."),
        ("paragraph", "A second paragraph here."),
    ]
    assert blocks[1].links[0].href == "https://www.example.com/news/x"
    assert blocks[1].links[0].text == "paragraph"


def test_bold_line_alone_is_a_heading_but_a_credit_line_is_not():
    blocks = emit("<p><b>Cast and characters</b></p><p><b>Source: Deadline</b></p>")
    assert [(b.kind, b.text) for b in blocks] == [("heading", "Cast and characters"),
                                                  ("paragraph", "Source: Deadline")]


def test_page_headline_h1_is_metadata_not_body():
    blocks = emit("<h1>The Boys Season 4: Everything We Know</h1><h2>Release date</h2>",
                  title="The Boys Season 4: Everything We Know")
    assert [(b.kind, b.text, b.level) for b in blocks] == [("heading", "Release date", 2)]


def test_data_table_rows_keep_cells_and_header():
    blocks = emit("<table><thead><tr><th>Actor</th><th>Role</th></tr></thead>"
                  "<tbody><tr><td>Karl Urban</td><td>Billy Butcher</td></tr></tbody></table>")
    assert [(b.kind, b.cells, b.header) for b in blocks] == [
        ("row", ("Actor", "Role"), True), ("row", ("Karl Urban", "Billy Butcher"), False)]


def test_bullet_lines_become_items_without_base_url():
    blocks = emit('• Karl Urban as Butcher<br>• Jack Quaid as <a href="hughie.html">Hughie</a>', base=None)
    assert [(b.kind, b.text) for b in blocks] == [("item", "Karl Urban as Butcher"),
                                                  ("item", "Jack Quaid as Hughie")]
    assert blocks[1].links[0].href == "hughie.html"


def test_a_definition_list_of_facts_is_rows_of_label_and_value():
    rows = emit("<dl><dt>Premiere</dt><dd>June 28, 2026</dd><div><dt>Voice cast</dt>"
                "<dd>Dev Sharma (Bolt), Tessa Moon (Overclock)</dd></div></dl>")
    assert [(b.kind, b.cells, b.text) for b in rows] == [
        ("row", ("Premiere", "June 28, 2026"), "Premiere: June 28, 2026"),
        ("row", ("Voice cast", "Dev Sharma (Bolt), Tessa Moon (Overclock)"),
         "Voice cast: Dev Sharma (Bolt), Tessa Moon (Overclock)")]
    # A list whose definitions hold paragraphs stays items.
    items = emit("<dl><dt>Q</dt><dd><p>" + "An answer that runs on. " * 5 + "</p></dd></dl>")
    assert [b.kind for b in items] == ["item", "item"]


def test_a_styled_bold_cell_standing_alone_is_a_heading():
    # (an e-mail's layout: tables nested in tables, the label a cell of its own)
    blocks = emit('<table role="presentation"><tr><td style="font-size:13px;font-weight:bold">ALSO ON THE RADAR</td>'
                  '</tr><tr><td><table><tr><td style="font-weight:400">Nightjar. Filming starts in January.</td></tr>'
                  '</table></td></tr></table>')
    assert [(b.kind, b.text) for b in blocks] == [("heading", "ALSO ON THE RADAR"),
                                                  ("paragraph", "Nightjar. Filming starts in January.")]


def test_struck_out_runs_are_kept_in_the_text_and_listed():
    blocks = emit("<div><p>It premieres on <del>Thursday, May 21</del> Thursday, May 7.</p>"
                  "<p>Nothing struck here.</p><p><s>Lena Ashby</s> Mira Sol joins.</p></div>")
    assert [(b.text, b.struck) for b in blocks] == [
        ("It premieres on Thursday, May 21 Thursday, May 7.", ("Thursday, May 21",)),
        ("Nothing struck here.", ()),
        ("Lena Ashby Mira Sol joins.", ("Lena Ashby",))]


def test_a_word_processors_table_with_one_paragraph_a_cell_is_data():
    blocks = emit("<table><tr><td><p><span>What</span></p></td><td><p><span>When</span></p></td></tr>"
                  "<tr><td><p><span>Season 1 premiere</span></p></td><td><p>August 22, 2025</p></td></tr></table>")
    assert [(b.kind, b.cells) for b in blocks] == [("row", ("What", "When")),
                                                   ("row", ("Season 1 premiere", "August 22, 2025"))]


def test_a_table_of_several_paragraphs_a_cell_is_a_layout():
    blocks = emit("<table><tr><td><p>First paragraph of the story.</p><p>Second paragraph of it.</p></td>"
                  "<td><p>Sidebar.</p></td></tr></table>")
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "paragraph"]
