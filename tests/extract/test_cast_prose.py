"""Cast prose grammar: aligned lists, pronoun subjects, appositives, described roles,
short all-caps roles, crew job titles (each rule with a case it must not fire on)."""

from __future__ import annotations

from aggregator.extract.cast import extract_cast
from aggregator.extract.document import Block, Document, PageMeta


def cast(*paragraphs: str, show: str = "Some Show") -> list[tuple[str, str | None, str]]:
    page = Document(meta=PageMeta(title="t"), blocks=[Block("paragraph", p) for p in paragraphs], jsonld=[])
    return [(c.actor, c.character, c.status) for c in extract_cast(page, show)]


def roles(*paragraphs: str) -> dict[str, str | None]:
    return {a: c for a, c, _ in cast(*paragraphs)}


def test_lists_of_actors_and_roles_align() -> None:
    got = roles("Tara Quill, Omar Dunne and Lena Vask are all expected to return as Mags Brody, "
                "Detective Paul Ray and Nell.")
    assert got == {"Tara Quill": "Mags Brody", "Omar Dunne": "Detective Paul Ray", "Lena Vask": "Nell"}
    got = roles("Ruth Penn and Abel Kors headline the season as Dora Finch and Max Finch.")
    assert got == {"Ruth Penn": "Dora Finch", "Abel Kors": "Max Finch"}
    # Lists of different lengths: no role rather than a shifted one.
    got = roles("Tara Quill, Omar Dunne and Lena Vask are all back as Mags and Nell.")
    assert got == {"Tara Quill": None, "Omar Dunne": None, "Lena Vask": None}


def test_exiting_pair() -> None:
    assert cast("Ruth Penn and Abel Kors will not be back as Dora and Max; the new season has new leads.") == [
        ("Ruth Penn", "Dora", "exiting"), ("Abel Kors", "Max", "exiting")]


def test_pronoun_subject_takes_the_nearest_person() -> None:
    got = cast("The biggest surprise is Mira Holt, announced last week: she is back as Aunt Vera, the matriarch.")
    assert got == [("Mira Holt", "Aunt Vera", "returning")]
    # The nearest name that is not itself a role.
    got = cast("Dan Roe returns as Kit Lamb. Later in the run she returns as Judge Pell, says Ana Birch.")
    assert ("Dan Roe", "Kit Lamb", "returning") in got and all(a != "Kit Lamb" for a, _, _ in got)
    # A bare pronoun without a role credits nobody.
    assert cast("Mira Holt directed two episodes. She is back next year.") == []


def test_appositive_role_then_back() -> None:
    lead = "Tara Quill returns as Mags Brody. "
    got = roles(lead + "Ivo Marsh, the ferryman with the lantern, is also back.")
    assert got == {"Tara Quill": "Mags Brody", "Ivo Marsh": "the ferryman"}
    # An appositive that describes the person is no role.
    assert roles(lead + "Ivo Marsh, the veteran actor, is also back.")["Ivo Marsh"] is None
    # A paragraph that credits nobody else: "X, the Y, is back" may be a show.
    assert roles("Ivo Marsh, the ferryman with the lantern, is also back.") == {}
    assert roles(lead + "Blue Harbour, the cosy crime drama, is back.") == {"Tara Quill": "Mags Brody"}


def test_lower_case_role_after_as() -> None:
    assert roles("Ivo Marsh could return as the ferryman too.") == {"Ivo Marsh": "the ferryman"}
    assert roles("Ivo Marsh is back as the ferryman with the lantern.") == {"Ivo Marsh": "the ferryman"}
    # "the rest of the X sisters" is a group, not a role.
    got = roles("Ana Birch and Kim Solt are also back as the rest of the Pell sisters.")
    assert got == {"Ana Birch": None, "Kim Solt": None}


def test_described_roles_keep_the_proper_noun_run() -> None:
    assert roles("Nia Ferro joins as FBI agent Rosa Kline.") == {"Nia Ferro": "Rosa Kline"}
    assert roles("Tom Vale won't be back as smuggler Ike Dorn.") == {"Tom Vale": "Ike Dorn"}
    assert roles("Pia Lund returns as French ambassador Claire Motte.") == {"Pia Lund": "Claire Motte"}
    assert roles("Ed Sayer is back as her long-suffering boss, Hal Grier.") == {"Ed Sayer": "Hal Grier"}
    assert roles("Ed Sayer plays a retired boxer named Lou Pike.") == {"Ed Sayer": "Lou Pike"}
    # A nationality that is the role's own name stays ("as Adrian Monk").
    assert roles("Bo Kemp returns as Adrian Monk.") == {"Bo Kemp": "Adrian Monk"}


def test_role_from_who_played_aside_of_an_exit() -> None:
    assert cast("Lia Tam, who played young Rosa Kline, will not return.") == [("Lia Tam", "Rosa Kline", "exiting")]
    assert cast("Lia Tam, who was great, will not return.") == [("Lia Tam", None, "exiting")]


def test_short_all_caps_roles_and_codes() -> None:
    assert roles("Ravi Khan returns as KJ, and Maya Orr is back as T-4X.") == {"Ravi Khan": "KJ", "Maya Orr": "T-4X"}
    assert cast("Omar Dunne will not return as DJ, for obvious reasons.") == [("Omar Dunne", "DJ", "exiting")]


def test_reprise_a_role_from_another_work() -> None:
    assert roles("Kit Varga will reprise his Night Harbor role, Colonel Drake.") == {"Kit Varga": "Colonel Drake"}


def test_other_return_wordings() -> None:
    assert roles("Sana Oyelaran has also teased a return as courier Billie Lund.") == {"Sana Oyelaran": "Billie Lund"}
    assert roles("Sana Oyelaran is back, too, as Billie Lund.") == {"Sana Oyelaran": "Billie Lund"}
    assert roles("Milo Grant is new this season, playing Tobin Fray, a drifter.") == {"Milo Grant": "Tobin Fray"}
    assert roles("Milo Grant has signed on as Tobin Fray.") == {"Milo Grant": "Tobin Fray"}
    assert roles("Milo Grant is still lurking as the sinister Tobin Fray.") == {"Milo Grant": "Tobin Fray"}


def test_possessive_role_is_coming_back() -> None:
    lead = "Tara Quill returns as Mags Brody, and we also know "
    assert roles(lead + "Dee Marr's Night Warden is coming back.")["Dee Marr"] == "Night Warden"
    assert roles(lead + "Dee Marr's shifty landlord will be back.")["Dee Marr"] == "the landlord"
    # What follows the possessive is a work, not a role.
    assert "Dee Marr" not in roles(lead + "Dee Marr's new series is coming back in May.")
    # Alone in its paragraph, a possessive reads like a creator's show.
    assert roles("We also know Dee Marr's Night Warden is coming back.") == {}


def test_crew_job_titles_never_make_cast() -> None:
    assert cast("Showrunners Ada Brisk and Leon Hale return, with Rita Monk producing.") == []
    got = cast("Cal Diaz, who plays Vic and also co-created the show, said the new season is bigger.")
    assert got == []
    # A creator who returns in a role is cast.
    assert cast("Nora Lyle, who created the show, returns as Bea Lyle.") == [("Nora Lyle", "Bea Lyle", "returning")]


def test_group_exit_and_described_role_lists() -> None:
    got = cast("Tara Quill, Omar Dunne and Lena Vask won't be back.")
    assert got == [("Tara Quill", None, "exiting"), ("Omar Dunne", None, "exiting"), ("Lena Vask", None, "exiting")]
    assert [s for _, _, s in cast("Tara Quill, Omar Dunne and Lena Vask will all be back.")] == ["returning"] * 3
    got = roles("Ruth Penn and Abel Kors star as twins Dora and Max Finch.")
    assert got == {"Ruth Penn": "Dora Finch", "Abel Kors": "Max Finch"}


def test_appositive_job_on_the_show_is_no_role() -> None:
    got = roles("Tara Quill returns as Mags Brody, and Ivo Marsh, the series' narrator, is back.")
    assert got == {"Tara Quill": "Mags Brody", "Ivo Marsh": None}


def test_role_from_a_possessive_relative_clause_of_an_exit() -> None:
    assert cast("Marcus Fell, whose Frank Drury was killed off in the season 2 finale, will not return.") == \
        [("Marcus Fell", "Frank Drury", "exiting")]


def test_trade_style_past_credit_in_parentheses_is_not_the_role() -> None:
    text = ("Joining the cast are Tessa Markham (Blue Hour), who will play Priya Lal, a consultant; "
            "Desmond Kaye (Small Mercies) as Lyle Peck, the new night manager; and Bea Tran, in an undisclosed role.")
    assert roles(text) == {"Tessa Markham": "Priya Lal", "Desmond Kaye": "Lyle Peck", "Bea Tran": None}


def test_inverted_list_of_described_roles() -> None:
    text = ("Returning for season 3 are series leads Carla Montague as publisher Evelyn Drury, "
            "Isaac Barden as editor Walt Kaminski and Sami Rahal as cub reporter Danny Ochoa.")
    assert cast(text) == [("Carla Montague", "Evelyn Drury", "returning"), ("Isaac Barden", "Walt Kaminski", "returning"),
                          ("Sami Rahal", "Danny Ochoa", "returning")]


def test_roped_in_to_play_a_described_named_role() -> None:
    text = "Karthik Raja has been roped in to play the antagonist, a corrupt politician named Bhairav Yadav."
    assert cast(text) == [("Karthik Raja", "Bhairav Yadav", "new")]


def test_the_role_in_a_who_played_aside_of_an_exit() -> None:
    assert cast("Kerry Ashford, who played Mayor Linda Pruitt, left the series after season 2.") == [
        ("Kerry Ashford", "Mayor Linda Pruitt", "exiting")]
    assert cast("Gord Bellamy, who played Mr. Lapointe in the first two seasons, will not return.") == [
        ("Gord Bellamy", "Mr. Lapointe", "exiting")]
    assert cast("Lukas Brandt, whose character Silas Vann was killed in the finale, did not return.") == [
        ("Lukas Brandt", "Silas Vann", "exiting")]


def test_a_possessive_aside_names_the_role_of_a_return_not_an_actor() -> None:
    assert cast("Saoirse Dunne, whose Dr. Ada Bell was written out last season, returns for the closing arc.") == [
        ("Saoirse Dunne", "Dr. Ada Bell", "returning")]
    # Without the aside, "back as host" is no role this rule reads.
    assert ("Alan Cumming", None, "returning") not in cast("The US edition premiered in January, with Alan "
                                                           "Cumming back as host.")


def test_an_actors_possessive_role_killed_off() -> None:
    assert cast("Theo Vance's Count Orsini was killed off in the finale, so don't expect him back.") == [
        ("Theo Vance", "Count Orsini", "exiting")]


def test_a_descriptor_leading_the_sentence_is_not_part_of_the_name() -> None:
    assert cast("Heartthrob Dev Malhotra returns as stable-boy-turned-baronet Tom Fairley.") == [
        ("Dev Malhotra", "Tom Fairley", "returning")]


def test_transcript_lines_and_more_return_wording() -> None:
    assert cast("[12:40] DEV: Idris Fane is coming back as Hollis, and Laleh Moradi returns as Yara.") == [
        ("Idris Fane", "Hollis", "returning"), ("Laleh Moradi", "Yara", "returning")]
    assert cast("[06:40] JESS: And the big addition is Harriet Osei-Kwame, who's playing a rival understudy "
                "named Colette.") == [("Harriet Osei-Kwame", "Colette", "new")]
    assert roles("Rafe Donnelly stars again as union boss Walt Kosko.") == {"Rafe Donnelly": "Walt Kosko"}


def test_a_role_after_as_is_no_member_of_the_next_list() -> None:
    assert cast("Keisha Lorne is back as Dr. Amara Vance, and Paul Renner returns as Chief Hollings.") == [
        ("Keisha Lorne", "Dr. Amara Vance", "returning"), ("Paul Renner", "Chief Hollings", "returning")]
    got = roles("Sharon Horgan returns as Eva. Anne-Marie Duff, Eve Hewson and Eva Birthistle are also back "
                "as the rest of the Garvey sisters.")
    assert set(got) == {"Sharon Horgan", "Anne-Marie Duff", "Eve Hewson", "Eva Birthistle"}


def test_a_network_has_cast_an_actor_as_a_described_role() -> None:
    assert cast("Prime Video has cast Ivo Brandauer as the season's big bad, a Swiss banker known only as "
                "The Notary.") == [("Ivo Brandauer", "The Notary", "new")]
    assert cast("HBO has cast Kaitlyn Dever as Abby.") == [("Kaitlyn Dever", "Abby", "new")]


def test_a_description_then_a_comma_names_the_role() -> None:
    assert roles("The season also adds Marco Bellini as a new gym teacher, Coach Rizzo.") == \
        {"Marco Bellini": "Coach Rizzo"}
    assert roles("Newcomer Dario Pellegrini plays the mill's new owner, Victor Sands.") == \
        {"Dario Pellegrini": "Victor Sands"}
    assert roles("Joining them is Tig Amundsen, who plays a rival company's artistic director, Fenella Crisp.") == \
        {"Tig Amundsen": "Fenella Crisp"}
    assert roles("Newcomer Imelda Crane plays Lady Margaret's estranged sister, Cecily.") == {"Imelda Crane": "Cecily"}
    # A past credit in parentheses, then the role.
    assert roles("Olivia Marchbanks (Call the Midwife) plays Charlotte's scheming aunt, Lady Pemberton.") == \
        {"Olivia Marchbanks": "Lady Pemberton"}
    assert roles("Apple has also added Ty Okonkwo (Slow Horses) as a new patient, Ellis.") == {"Ty Okonkwo": "Ellis"}
    # A speech tag after the comma is no role.
    assert roles("The season also adds Marco Bellini as a guest star, Variety reported.").get("Marco Bellini") != \
        "Variety"


def test_a_promotion_to_series_regular_is_a_return() -> None:
    assert cast("Keely Fairbanks has been upped to series regular as Junie.") == [("Keely Fairbanks", "Junie", "returning")]
    assert cast("Harriet Quinn, who appeared in five episodes as the vicar, will be promoted to series regular.") == [
        ("Harriet Quinn", None, "returning")]


def test_a_ranked_role_with_its_actor_in_parentheses() -> None:
    assert roles("Season 2 jumps ahead five years as Sheriff Ray Cutter (Jesse Dunleavy) faces new trouble.") == \
        {"Jesse Dunleavy": "Sheriff Ray Cutter"}
    # Without a rank, "Name (Name)" stays ambiguous outside a cast sentence: no credit.
    assert roles("Season 2 jumps ahead five years as Ray Cutter (Jesse Dunleavy) faces new trouble.") == {}


def test_cameos_joined_by_replacing_and_passive_credits() -> None:
    assert cast("Lady Gaga will also make a cameo appearance as Rosaline Rotwood in Part 2.") == [
        ("Lady Gaga", "Rosaline Rotwood", "new")]
    assert cast("They are joined by Park Min-gyu, who plays a rival courier from the underworld.") == [
        ("Park Min-gyu", None, "new")]
    assert ("Colm Reddy", None, "exiting") in cast(
        "Grayson Ames joined the cast as Lieutenant Pike in September 2025, replacing Colm Reddy, who left the series.")
    assert roles("A new character, the travelling pastry chef Kiyoshi, will be voiced by Ryo Tanba.") == {
        "Ryo Tanba": "Kiyoshi"}
    assert roles("In December 2025, Tomas Quill was cast in the recurring role of railroad baron Cyrus Pell.") == {
        "Tomas Quill": "Cyrus Pell"}
    assert cast("Scream queen Hallie Brandt joins the cast in a mystery role, per Variety.") == [
        ("Hallie Brandt", None, "new")]
    assert roles("New to the cast is Rosie Okonjo, who plays a scheming American heiress called Cora Finch.") == {
        "Rosie Okonjo": "Cora Finch"}
    # A guest role of the past, or a person played by nobody, is no credit.
    assert cast("The episode was directed by Ana Ruiz.") == []


def test_described_role_lists_past_credits_before_as_and_whose_roles() -> None:
    assert roles("Returning stars Nate Bouchard and Ivy Castellanos are back as rescue pilots Sam Kerrigan and Lucy Vo.") \
        == {"Nate Bouchard": "Sam Kerrigan", "Ivy Castellanos": "Lucy Vo"}
    assert roles("Han Seo-jin and Lee Do-yun return as the ghost courier Yeon-woo and the librarian Ha-eun.") == {
        "Han Seo-jin": "Yeon-woo", "Lee Do-yun": "Ha-eun"}   # each role without its descriptor
    assert roles("New to the cast this season is Ewan McCreary (The Quiet Acre) as rival rancher Boyd Larkin.") == {
        "Ewan McCreary": "Boyd Larkin"}
    assert cast("Not returning: Wes Patterson, whose Sheriff Dale Hutchins was killed off in the season 1 finale.") \
        == [("Wes Patterson", "Sheriff Dale Hutchins", "exiting")]
    assert cast("Also, actress Han Yu-ri newly joined as the mysterious assassin Seol-ah.") == [
        ("Han Yu-ri", "Seol-ah", "new")]


def test_inverted_returns_and_possessive_descriptions() -> None:
    assert cast("Also returning are Hunter Doohan, Emma Myers and Moosa Mostafa.") == [
        ("Hunter Doohan", None, "returning"), ("Emma Myers", None, "returning"), ("Moosa Mostafa", None, "returning")]
    assert cast("Back for the season is Emma Myers.") == [("Emma Myers", None, "returning")]
    # "Tyler's new rival" describes a role; a possessive is not its name.
    assert cast("Owen Painter has been tapped to play Tyler's new rival.") == [("Owen Painter", None, "new")]


def test_appositive_returns_castings_and_newcomers() -> None:
    assert cast("Dayo Adeyemi, back as Commander Ife, told the Hall H crowd that season 4 is the one.") == [
        ("Dayo Adeyemi", "Commander Ife", "returning")]
    assert cast("Colin Fairweather, who returns as Sheriff Arne Dahl, and Port Calder's own Maya Lindgren, "
                "a newcomer as Deputy Kari Holm, are expected on set.") == [
        ("Colin Fairweather", "Sheriff Arne Dahl", "returning"), ("Maya Lindgren", "Deputy Kari Holm", "new")]
    assert cast("Joining them is veteran actor Bill Harrow, who has been cast as the crew's new fence, "
                "a retired jeweller named Augustine Pike.") == [("Bill Harrow", "Augustine Pike", "new")]
    assert cast("Joining them is Paloma Reyes, who has been cast as a 17-year-old rookie, Sofia Marin.") == [
        ("Paloma Reyes", "Sofia Marin", "new")]
    assert roles("The new kid on the block is Rafael Ibarra, playing a 200-year-old jazz trumpeter named Eddie.") == {
        "Rafael Ibarra": "Eddie"}


def test_a_feeling_word_before_a_name_is_not_the_name() -> None:
    assert [a for a, _, _ in cast("Poor Desmond Achterberg won't be back: his captain died in the finale.")] == [
        "Desmond Achterberg"]


def test_a_question_told_credits_nobody() -> None:
    assert cast("Whether Mina Sato will return as the food critic Reiko has not been confirmed.") == []
    assert cast("It is unclear whether Lena Cho will return as Deputy Rae.") == []
    assert cast("Lena Cho will return as Deputy Rae.") == [("Lena Cho", "Deputy Rae", "returning")]


def test_first_names_that_are_also_descriptors_and_roles_taken_over() -> None:
    assert cast("Oscar Lindgren is back as Marty Vos.") == [("Oscar Lindgren", "Marty Vos", "returning")]
    assert [a for a, _, _ in cast("Oscar winner Olivia Colman joins the cast as Queen Mab.")] == ["Olivia Colman"]
    assert cast("Felix Moreau has exited the series; Jules Amari takes over the role of Luc.")[-1] == (
        "Jules Amari", "Luc", "new")
    assert cast("Tom Bui will return as Vinnie, with Noeline Gibbs back as their nan.")[-1] == (
        "Noeline Gibbs", "their nan", "returning")


def test_a_contracted_is_a_pair_confirmed_back_and_a_list_added_to_the_cast() -> None:
    assert cast("Rory Calloway's back as Ewan, and he's thrilled.") == [("Rory Calloway", "Ewan", "returning")]
    assert cast("Lola Brandt and Desmond Achebe are both confirmed back as Sister Agnes and Father Tully.") == [
        ("Lola Brandt", "Sister Agnes", "returning"), ("Desmond Achebe", "Father Tully", "returning")]
    assert cast("HBO has added Tobias Grell, Nadia Fenwick and Oren Pike to its season 2 cast.") == [
        ("Tobias Grell", None, "new"), ("Nadia Fenwick", None, "new"), ("Oren Pike", None, "new")]
    # A possessive before a work stays a work's owner, not an actor.
    assert cast("Sex Education's Simone Ashley joins the cast as Nora.") == [("Simone Ashley", "Nora", "new")]


def test_voice_casts_back_voicing_returning_to_voice_and_lending_a_voice() -> None:
    assert cast("Dev Sharma is back voicing Bolt, and newcomer Tessa Moon lends her voice to the villain, Overclock.") \
        == [("Dev Sharma", "Bolt", "returning"), ("Tessa Moon", "Overclock", "new")]
    assert cast("Creator Lou Ferreira returns to voice Moss one last time.") == [("Lou Ferreira", "Moss", "returning")]


def test_will_come_back_as() -> None:
    assert cast("Dana Whitlock will come back as the detective Ruth Kowalski.") == [
        ("Dana Whitlock", "Ruth Kowalski", "returning")]


def test_a_name_never_starts_inside_a_word() -> None:
    # "his DC Penrose": the rank's letters are no actor's initial.
    assert cast("Kwame Asante is out (his DC Penrose was killed off in the finale), and Lotte Brandt joins as "
                "a Dutch harbour pilot, Saskia.") == [("Kwame Asante", None, "exiting"), ("Lotte Brandt", "Saskia", "new")]


def test_an_actor_who_is_out_exits_and_one_who_stays_on_returns() -> None:
    assert cast("Also confirmed: Pip Lawson is out.") == [("Pip Lawson", None, "exiting")]
    assert cast("Bavaria Fiction also confirmed that Sophie Lang stays on as Wolf's colleague, Vroni Huber.") == [
        ("Sophie Lang", "Vroni Huber", "returning")]
    assert cast("The trailer is out. Stranger Things is out now on Netflix.") == []


def test_a_rank_inside_a_role_is_part_of_it() -> None:
    assert cast("Kara Lindqvist returns as Coast Guard Lt. Maren Holt, and Omar Fadel joins as a smuggler, "
                "Teodor Vance.") == [("Kara Lindqvist", "Coast Guard Lt. Maren Holt", "returning"),
                                     ("Omar Fadel", "Teodor Vance", "new")]


def test_aligned_roles_keep_their_descriptors_apart() -> None:
    assert roles("Oona Faircloth and Desmond Achebe-Lowe will return as inventor Hattie Brass and her rival, "
                 "Lord Quill.") == {"Oona Faircloth": "Hattie Brass", "Desmond Achebe-Lowe": "Lord Quill"}
    assert roles("Orla Kenworthy and Samuel Achterberg are both confirmed back as Hester Crane and her husband, "
                 "Jory.") == {"Orla Kenworthy": "Hester Crane", "Samuel Achterberg": "Jory"}


def test_an_inverted_returning_list_with_roles() -> None:
    assert roles("Returning are Greer Halvorsen as Sheriff Nell Arquette and Tobias Wren as her estranged "
                 "brother, Cal.") == {"Greer Halvorsen": "Sheriff Nell Arquette", "Tobias Wren": "Cal"}
    assert roles("Returning are Tomasz Wierzbicki as rancher Hollis Crane and Adaeze Nnamdi as his daughter, "
                 "June.") == {"Tomasz Wierzbicki": "Hollis Crane", "Adaeze Nnamdi": "June"}


def test_an_aside_of_a_recurring_or_possessive_role() -> None:
    assert cast("Kara Finley, recurring as Dr. Tess Yuen, exits in May.") == [("Kara Finley", "Dr. Tess Yuen", "exiting")]
    assert cast("Delia Moreno-Hart, who played Roz's assistant Pip, exits after two seasons.") == [
        ("Delia Moreno-Hart", "Pip", "exiting")]


def test_a_compound_descriptor_before_a_name_is_not_the_name() -> None:
    assert cast("Creator-star Jess Penhaligon is back as harbourmaster Nancy Trevail.") == [
        ("Jess Penhaligon", "Nancy Trevail", "returning")]
    assert cast("Anne-Marie Duff returns as Nora.") == [("Anne-Marie Duff", "Nora", "returning")]


def test_a_second_actor_after_the_verbs_role_and_a_joining_list() -> None:
    assert roles("Olu Barnes returns as barrister Ken Fenwick and Harriet Voss as his junior, Alys Carr.") == {
        "Olu Barnes": "Ken Fenwick", "Harriet Voss": "Alys Carr"}
    assert cast("Joining them is Sam Dempster as a disgraced MP, Peter Lowry.") == [
        ("Sam Dempster", "Peter Lowry", "new")]
    assert roles("Newcomers include Tobias Renner, who plays a salvage diver named Felix, and Dana Okafor as "
                 "Pete's sister, June.") == {"Tobias Renner": "Felix", "Dana Okafor": "June"}


def test_a_voice_joins_and_a_return_that_does_not_happen() -> None:
    assert cast("April Stroud joins as the voice of new student Priya Kaur.") == [("April Stroud", "Priya Kaur", "new")]
    assert cast("Kit Ransome, whose Prince Edric was killed off in season 3, does not return.") == [
        ("Kit Ransome", "Prince Edric", "exiting")]
