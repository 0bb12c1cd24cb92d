"""Cast extraction from hand-built Documents: lists, tables, prose, JSON-LD, status, exclusions."""

from __future__ import annotations

from aggregator.extract.cast import extract_cast
from aggregator.extract.document import Block, Document, PageMeta
from aggregator.items import CastCredit


def P(text: str) -> Block:
    return Block("paragraph", text)


def H(text: str) -> Block:
    return Block("heading", text, level=2)


def LI(text: str) -> Block:
    return Block("item", text)


def ROW(*cells: str, header: bool = False) -> Block:
    return Block("row", " ".join(cells), cells=cells, header=header)


def cast(*blocks: Block, show: str | None = "Some Show", jsonld: list[dict] | None = None,
         author: str | None = None) -> list[tuple[str, str | None, str]]:
    page = Document(meta=PageMeta(title="t", author=author), blocks=list(blocks), jsonld=jsonld or [])
    credits = extract_cast(page, show)
    assert all(isinstance(c, CastCredit) for c in credits)
    return [(c.actor, c.character, c.status) for c in credits]


def pairs(*blocks: Block, **kw) -> list[tuple[str, str | None]]:
    return [(a, c) for a, c, _ in cast(*blocks, **kw)]


SEED = [
    P("Ever since it was launched, Amazon has brought several shows at our disposal. Created by Akiva "
      "Goldsman, Michael Chabon, Kirsten Beyer, and Alex Kurtzman, Star Trek Picard debuted on CBS in "
      "January 2020."),
    H("Star Trek Picard: Season 2 Plot"),
    P("At the end of Season 1, Picard is transferred into a brand new plastic body. According to co-creator "
      "Michael Chabon, season 2 will have more focus on fleshing out its characters."),
    P("With no major exits in the previous, a majority of the cast is expected to reprise their roles in "
      "season 2. This is how we expect the cast to be for season 2"),
    LI("Patrick Stewart as Picard"),
    LI("Michelle Hurd as Raffi"),
    LI("Santiago Cabrera as Rios"),
    LI("Evan Evagor as Elnor"),
    LI("Allison Pill as Dr. Jurati"),
    LI("Isa Briones as Soji"),
    LI("Michael Treadway as Narek and"),
    LI("Whoopi Goldberg as Guinan"),
    P("Source: Forbes"),
    H("Leave a Reply"),
    P("Your email address will not be published."),
]


def test_seed_eight_credits_exactly() -> None:
    got = cast(*SEED, show="Star Trek: Picard")
    assert [(a, c) for a, c, _ in got] == [
        ("Patrick Stewart", "Picard"), ("Michelle Hurd", "Raffi"), ("Santiago Cabrera", "Rios"),
        ("Evan Evagor", "Elnor"), ("Allison Pill", "Dr. Jurati"), ("Isa Briones", "Soji"),
        ("Michael Treadway", "Narek"), ("Whoopi Goldberg", "Guinan"),
    ]
    # The lead-in "expected to reprise their roles" sets the list's status; "no major exits" does not.
    assert {s for _, _, s in got} == {"returning"}
    names = {a for a, _, _ in got}
    assert not names & {"Akiva Goldsman", "Michael Chabon", "Kirsten Beyer", "Alex Kurtzman"}


# --- lists ----------------------------------------------------------------------------

def test_list_forms_under_a_cast_heading() -> None:
    got = pairs(H("Cast"), LI("Henry Cavill – Geralt of Rivia"), LI("Anya Chalotra (Yennefer)"),
                LI("Ciri: Freya Allan"), LI("Joey Batey"), LI("Zendaya as Rue Bennett"),
                LI("Gong Yoo as the recruiter"))
    assert got == [("Henry Cavill", "Geralt of Rivia"), ("Anya Chalotra", "Yennefer"), ("Freya Allan", "Ciri"),
                   ("Joey Batey", None), ("Zendaya", "Rue Bennett"), ("Gong Yoo", "the recruiter")]


def test_item_status_wording_and_remarks() -> None:
    got = cast(H("Who's in the cast?"), LI("Jeri Ryan as Seven of Nine (returning)"),
               LI("Kaitlyn Dever as Abby – new this season"), LI("Tom Pelphrey (not returning)"),
               LI("Returning: Jason Bateman, Laura Linney and Julia Garner"))
    assert got == [("Jeri Ryan", "Seven of Nine", "returning"), ("Kaitlyn Dever", "Abby", "new"),
                   ("Tom Pelphrey", None, "exiting"), ("Jason Bateman", None, "returning"),
                   ("Laura Linney", None, "returning"), ("Julia Garner", None, "returning")]


def test_lead_in_sets_list_status() -> None:
    assert cast(P("New additions to the cast include:"), LI("Kaitlyn Dever as Abby"),
                LI("Isabela Merced as Dina")) == [("Kaitlyn Dever", "Abby", "new"), ("Isabela Merced", "Dina", "new")]


def test_inline_bullets_in_one_paragraph() -> None:
    assert pairs(P("The cast: • Patrick Stewart as Picard • Jeri Ryan as Seven of Nine")) == [
        ("Patrick Stewart", "Picard"), ("Jeri Ryan", "Seven of Nine")]


def test_list_outside_cast_context_needs_as() -> None:
    # A list of plain names with no cast heading or lead-in is not a cast list.
    assert cast(H("More from our critics"), LI("Jane Doe"), LI("John Roe")) == []


# --- tables ---------------------------------------------------------------------------

def test_table_with_status_column() -> None:
    got = cast(H("Ozark season 4 cast"), ROW("Actor", "Character", "Status", header=True),
               ROW("Jason Bateman", "Marty Byrde", "Returning"), ROW("Tom Pelphrey", "Ben Davis", "Not returning"),
               ROW("Alfonso Herrera", "Javi Elizondro", "New"))
    assert got == [("Jason Bateman", "Marty Byrde", "returning"), ("Tom Pelphrey", "Ben Davis", "exiting"),
                   ("Alfonso Herrera", "Javi Elizondro", "new")]


def test_table_columns_in_other_order_and_yes_no() -> None:
    got = cast(ROW("Role", "Played by", "Back?", header=True), ROW("Eleven", "Millie Bobby Brown", "Yes"),
               ROW("Billy", "Dacre Montgomery", "No"))
    assert got == [("Millie Bobby Brown", "Eleven", "returning"), ("Dacre Montgomery", "Billy", "exiting")]


# --- prose ----------------------------------------------------------------------------

def test_prose_patterns() -> None:
    got = cast(
        P("Patrick Stewart will return as Jean-Luc Picard in the new season."),
        P("Jeri Ryan reprises her role as Seven of Nine, while John de Lancie is back as Q."),
        P("Kim Bodnia joins the cast as Vesemir."),
        P("Newcomer Joseph Quinn plays Eddie Munson."),
        P("Simone Ashley has been cast as Kate Sharma."),
        P("Jensen Ackles will play Soldier Boy."),
        P("Jenna Ortega stars as Wednesday Addams."),
        P("Regé-Jean Page will not return as Simon Basset."),
        P("Sadly, Tom Pelphrey won't be back for the fourth season."),
        P("Olivia Colman exits the series after season 4."),
        P("Sadie Sink, who plays Max, teased the new season."),
    )
    assert got == [
        ("Patrick Stewart", "Jean-Luc Picard", "returning"), ("Jeri Ryan", "Seven of Nine", "returning"),
        ("John de Lancie", "Q", "returning"), ("Kim Bodnia", "Vesemir", "new"), ("Joseph Quinn", "Eddie Munson", "new"),
        ("Simone Ashley", "Kate Sharma", "new"), ("Jensen Ackles", "Soldier Boy", "unknown"),
        ("Jenna Ortega", "Wednesday Addams", "unknown"), ("Regé-Jean Page", "Simon Basset", "exiting"),
        ("Tom Pelphrey", None, "exiting"), ("Olivia Colman", None, "exiting"), ("Sadie Sink", "Max", "unknown"),
    ]


def test_name_shapes() -> None:
    got = pairs(P("D.B. Woodside returns as Amenadiel."), P("Justin H. Min is back as Ben."),
                P("Lee Jung-jae returns as Seong Gi-hun."), P("Úrsula Corberó will reprise her role as Tokyo."),
                P("Álvaro Morte is back as The Professor."), P("Emma D'Arcy returns as Rhaenyra."))
    assert got == [("D.B. Woodside", "Amenadiel"), ("Justin H. Min", "Ben"), ("Lee Jung-jae", "Seong Gi-hun"),
                   ("Úrsula Corberó", "Tokyo"), ("Álvaro Morte", "The Professor"), ("Emma D'Arcy", "Rhaenyra")]


def test_role_in_parentheses_in_a_cast_paragraph() -> None:
    assert cast(P("Fans will also see Raffi (Michelle Hurd) and Rios (Santiago Cabrera) return.")) == [
        ("Michelle Hurd", "Raffi", "returning"), ("Santiago Cabrera", "Rios", "returning")]


def test_group_and_include_sentences() -> None:
    assert cast(P("Jason Bateman, Laura Linney and Julia Garner will all return.")) == [
        ("Jason Bateman", None, "returning"), ("Laura Linney", None, "returning"), ("Julia Garner", None, "returning")]
    assert cast(P("Returning cast members include Karl Urban as Billy Butcher, Jack Quaid as Hughie, and "
                  "Antony Starr.")) == [("Karl Urban", "Billy Butcher", "returning"),
                                        ("Jack Quaid", "Hughie", "returning"), ("Antony Starr", None, "returning")]


# --- JSON-LD --------------------------------------------------------------------------

def test_jsonld_actor_lists() -> None:
    jsonld = [
        {"@type": "TVSeason", "seasonNumber": 2, "partOfSeries": {"@type": "TVSeries", "name": "Severance"},
         "actor": [{"@type": "Person", "name": "Adam Scott", "characterName": "Mark Scout"},
                   {"@type": "PerformanceRole", "actor": {"@type": "Person", "name": "Britt Lower"},
                    "characterName": "Helly R."},
                   {"@type": "Person", "name": "Zach Cherry"}],
         "director": {"@type": "Person", "name": "Ben Stiller"}},
        {"@type": "TVSeries", "name": "Another Show", "actor": [{"@type": "Person", "name": "Someone Else"}]},
    ]
    assert cast(show="Severance", jsonld=jsonld) == [("Adam Scott", "Mark Scout", "unknown"),
                                                     ("Britt Lower", "Helly R.", "unknown"),
                                                     ("Zach Cherry", None, "unknown")]


def test_body_first_then_jsonld_fills_gaps() -> None:
    jsonld = [{"@type": "TVSeries", "name": "Severance", "actors": [
        {"@type": "Person", "name": "Adam Scott", "roleName": "Mark S."},
        {"@type": "Person", "name": "John Turturro", "characterName": "Irving B."}]}]
    got = cast(P("Adam Scott will return for the new season."), P("Adam Scott returns as Mark Scout."),
               show="Severance", jsonld=jsonld)
    assert got == [("Adam Scott", "Mark Scout", "returning"), ("John Turturro", "Irving B.", "unknown")]


def test_one_credit_per_actor_later_mention_fills_in() -> None:
    got = cast(H("Cast"), LI("Patrick Stewart"), P("Patrick Stewart will return as Jean-Luc Picard."))
    assert got == [("Patrick Stewart", "Jean-Luc Picard", "returning")]


# --- never cast -----------------------------------------------------------------------

def test_creators_showrunners_quotes_and_bylines_are_not_cast() -> None:
    got = cast(
        P("By Jane Writer"),
        P("Created by Akiva Goldsman, Michael Chabon, and Alex Kurtzman, the series debuted in 2020."),
        P("Showrunner Lauren Hissrich said the season will be darker."),
        P("\"We are excited,\" co-creator Michael Chabon told Variety."),
        P("Executive producer Terry Matalas will play a part in it."),
        P("Directed by Jane Campion, the finale stars a new villain."),
        P("Source: Rolling Stone"),
        P("Via: The Hollywood Reporter"),
        author="Jane Writer",
    )
    assert got == []


def test_crew_named_in_prose_role_is_dropped_but_not_a_real_credit() -> None:
    got = cast(P("Showrunner Terry Matalas confirmed that Jeri Ryan will return as Seven of Nine."),
               P("Terry Matalas will play Admiral Shelby in a cameo, the showrunner joked."))
    assert got == [("Jeri Ryan", "Seven of Nine", "returning")]


def test_show_names_are_not_actors() -> None:
    assert cast(P("Stranger Things stars as the biggest hit of the year."), show="Stranger Things") == []


def test_press_release_cast_blocks_and_as_roles_in_parentheses() -> None:
    got = cast(Block("paragraph", "STARRING: Dana Whitlock, Marcus Oyelaran and Priya Venkatesan."),
               Block("paragraph", "JOINING THE CAST: Mara Lindqvist (Deputy Kit Harmon)"),
               Block("paragraph", "GUEST STARS: Bill Pardue (Fire Chief Gus Olander), Tamsin Reyes (Mayor Joan Whitcomb)"),
               Block("heading", "Cast"), Block("item", "Park Seo-yeon (as Ha Yeon-hwa)"))
    assert got == [("Dana Whitlock", None, "unknown"), ("Marcus Oyelaran", None, "unknown"),
                   ("Priya Venkatesan", None, "unknown"), ("Mara Lindqvist", "Deputy Kit Harmon", "new"),
                   ("Bill Pardue", "Fire Chief Gus Olander", "unknown"), ("Tamsin Reyes", "Mayor Joan Whitcomb", "unknown"),
                   ("Park Seo-yeon", "Ha Yeon-hwa", "unknown")]


def test_a_pictured_caption_credits_its_actors() -> None:
    got = cast(Block("caption", "Pictured (L-R): Teo Marchetti as Felix and newcomer Iris Caldwell as Dr. Wren Hale. "
                                "Photo: Nadia Park/Vireo+"),
               Block("caption", "Pictured: Amara Osei as Juno Vale in The Glasshouse season 2. Photo: Vireo+"),
               Block("caption", "Photo: Netflix"))
    assert got == [("Teo Marchetti", "Felix", "unknown"), ("Iris Caldwell", "Dr. Wren Hale", "new"),
                   ("Amara Osei", "Juno Vale", "unknown")]


def test_a_credit_list_sentence_under_a_returning_heading() -> None:
    # A web story's slide: the heading labels the list, which is written as one sentence.
    found = cast(H("Returning"), P("Zuri Banks (Ava), Theo Lindqvist (Marcus) and Pia Sørensen (Juno)."))
    assert found == [
        ("Zuri Banks", "Ava", "returning"), ("Theo Lindqvist", "Marcus", "returning"), ("Pia Sørensen", "Juno", "returning")]
    # Under another heading, or with prose between the pieces, it is no list.
    assert cast(H("Weekend plans"), P("Zuri Banks (Ava), Theo Lindqvist (Marcus) and Pia Sørensen (Juno).")) == []


def test_batch_l_cast_wordings() -> None:
    # A role that is only a descriptor word ("Oscar") is a name; "Oscar winner" still leads into one.
    assert cast(P("Returning: Mina Okafor (Dean Ravel) and Jules Petit (Oscar).")) == [
        ("Mina Okafor", "Dean Ravel", "returning"), ("Jules Petit", "Oscar", "returning")]
    assert cast(P("Oscar winner Jo Smith returns as Kate.")) == [("Jo Smith", "Kate", "returning")]
    # A listed member with only a "whose" aside, and a question that credits nobody.
    assert cast(P("Not returning: Harper Quinn, whose character graduated in the season 2 finale.")) == [
        ("Harper Quinn", None, "exiting")]
    assert cast(P("Will Lena Cho return as Deputy Rae? Nobody is saying yet.")) == []
    # "joined by X as <description> Name", "signed on again, as A and B", co-creators who act.
    assert cast(P("They are joined by Dean Alcott as American mining boss Carter Vance.")) == [
        ("Dean Alcott", "Carter Vance", "new")]
    assert cast(P("Georgie Saltmarsh and Tui Hemi have both signed on again, as Dr Annie Fox and Sergeant Bill Rangi.")) == [
        ("Georgie Saltmarsh", "Dr Annie Fox", "returning"), ("Tui Hemi", "Sergeant Bill Rangi", "returning")]
    assert cast(P("Co-creators Tom Bui and Jarrah Walker will return as the bumbling brothers Vinnie and Dom.")) == [
        ("Tom Bui", "Vinnie", "returning"), ("Jarrah Walker", "Dom", "returning")]
    # A co-creator who only speaks is no cast.
    assert cast(P("Co-creator Tom Bui said the season is darker."), P("Jo Smith returns as Kate.")) == [
        ("Jo Smith", "Kate", "returning")]


def test_a_ranked_role_with_its_actor_in_parentheses_wins_over_looser_patterns() -> None:
    assert pairs(P("DCI Ruth Halloran (Sarah Lancaster) is barely back at her desk when a body turns up.")) == [
        ("Sarah Lancaster", "DCI Ruth Halloran")]


def test_a_not_back_label_ends_with_its_sentence() -> None:
    assert cast(P("Not back: Ruth Kessler. Her character, Mae, died in the finale.")) == [
        ("Ruth Kessler", None, "exiting")]
    assert cast(P("Returning: J. K. Simmons and Ann Lee.")) == [
        ("J. K. Simmons", None, "returning"), ("Ann Lee", None, "returning")]


def test_a_fact_box_row_of_the_voice_cast() -> None:
    row = Block("row", "Voice cast: Dev Sharma (Bolt), Tessa Moon (Overclock)",
                cells=("Voice cast", "Dev Sharma (Bolt), Tessa Moon (Overclock)"))
    assert cast(row) == [("Dev Sharma", "Bolt", "unknown"), ("Tessa Moon", "Overclock", "unknown")]


def test_hosts_and_narrators_of_an_unscripted_show_play_no_role() -> None:
    text = ("Kezia Obi is back to host for a third summer, while comedian Dan Pryor returns for his twelfth series "
            "on voiceover duty. Kezia Obi and Dan Pryor return, and Ann Lee returns as Nora.")
    assert cast(P(text)) == [("Ann Lee", "Nora", "returning")]
    assert cast(P("Hosts Kezia Obi and Dan Pryor return. Ann Lee returns as Nora.")) == [("Ann Lee", "Nora", "returning")]


def test_cast_card_captions_under_a_cast_heading() -> None:
    # A web-components cast card renders as a caption, its status badge last.
    assert cast(H("Cast"), Block("caption", "Zoe Park as Pip Returning"),
                Block("caption", "Aisha Grant as Mother Wren New")) == [
        ("Zoe Park", "Pip", "returning"), ("Aisha Grant", "Mother Wren", "new")]


def test_captions_outside_a_cast_section_credit_nobody() -> None:
    assert cast(H("Photos"), Block("caption", "Zoe Park as Pip Returning")) == []


def test_a_corrections_earlier_version_credits_nobody() -> None:
    text = ("Correction, May 6, 2026: An earlier version of this story said Lena Ashby had been cast as "
            "Deputy Kay Reyes. The role went to Mira Sol.")
    assert [a for a, _, _ in cast(P(text))] == []


def test_bold_returning_and_new_labels_over_lists() -> None:
    item = lambda text: Block("item", text)   # noqa: E731
    assert cast(H("Returning:"), item("Niamh Sorley (DI Maggie Kerr)"), H("New:"),
                item("Ayo Falana (Superintendent Grace Okon)")) == [
        ("Niamh Sorley", "DI Maggie Kerr", "returning"), ("Ayo Falana", "Superintendent Grace Okon", "new")]
