"""Cast credits in running prose, and the people who are crew rather than cast.

"X will return as Y", "X reprises her role as Y", "X joins the cast as Y",
"newcomer X plays Y", "X has been cast as Y", "X will play Y", "X stars as Y",
"X will not return", "X, who plays Y,", "Y (X)" in a cast paragraph, and lists
("Returning cast members include A as B, C and D"). Creators, writers, directors,
producers, showrunners and bylines go to a crew set the caller filters with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aggregator.extract.caseless import Caseless
from aggregator.extract.castgrammar import (
    AUX,
    DC,
    DESC,
    GUARD,
    NAMED_DESC,
    NOT_DESC,
    A,
    C,
)
from aggregator.extract.castnames import (
    CHAR,
    NAME,
    NAME_LIST_SPLIT,
    NAME_RE,
    TWO_WORD_NAME,
    clean_name,
    status_of,
    valid_char,
)
from aggregator.extract.castpatterns import GATED_PATTERNS, NEEDLE_WORDS
from aggregator.extract.triggers import first_char_gate, mentions_any
from aggregator.items import CastStatus

# (the patterns themselves, their needles and gates: castpatterns.py)
# "the ghost courier Yeon-woo and the librarian Ha-eun": each role of a list may be described.
# ("the ship's doctor", "her rival, Lord Quill", "his daughter, June")
_DESCS = (rf"(?:the|a|an)\s+(?:(?!{NOT_DESC})[\w'’-]+\s+){{0,3}}?[\w'’-]+,\s+(?=[A-Z])|"   # "a disgraced MP, Peter Lowry"
          rf"(?:the|a|an)\s+(?:(?!{NOT_DESC})[a-z][\w'’-]*\s+){{0,2}}|"
          rf"(?:his|her|their|[A-Z][\w-]*['’]s)\s+(?:(?!{NOT_DESC})[a-z][\w'’-]*\s+){{0,2}}?(?!{NOT_DESC})[a-z][\w'’-]*,\s+")
_ITEM_DESC = rf"(?:{_DESCS})?"
# ... and a bare one, where "as" opens the role ("as rancher Hollis Crane", "as coroner Xu Qing")
_AS_DESC = rf"(?:{_DESCS}|(?:(?!{NOT_DESC}|her\b|his\b|their\b)[a-z][\w'’-]*\s+){{1,2}}(?=[A-Z]))?"
# "Ralph Macchio and William Zabka return as Daniel LaRusso and Johnny Lawrence", "A, B and C are
# all expected to return as X, Y and Z (respectively)", "A and B lead the season as X and Y": aligned.
_PAIRS = re.compile(
    rf"(?P<al>{NAME}(?:,\s+{NAME})*,?\s+(?:and|&)\s+{NAME})\s+{AUX}"
    rf"(?:(?:will not|won['’]t|will no longer|are not|aren['’]t)\s+(?:be\s+)?(?:back|return\w*)|"
    rf"(?:return|reprise|are back|will be back|be back|back|play|star|join|lead|headline|front)\w*|"
    # "have both signed on again, as Dr Annie Fox and Sergeant Bill Rangi"
    rf"sign(?:s|ed)?\s+on)"
    rf"(?:\s+(?:their|the)\s+roles?)?(?:\s+the\s+(?:season|series|show|cast|ensemble))?(?:\s+again)?,?\s+(?:as|of)\s+"
    rf"(?:(?:the\s+)?(?:(?!{NOT_DESC})[a-z][\w'’-]*\s+){{1,3}})?"
    rf"(?P<cl>{_ITEM_DESC}{CHAR}(?:,\s+{_ITEM_DESC}{CHAR})*,?\s+(?:and|&)\s+{_ITEM_DESC}{CHAR})")
# "Returning are Greer Halvorsen as Sheriff Nell Arquette and Tobias Wren as her estranged brother,
# Cal", "Returning: Lin Zhiyuan as magistrate Shen Mo, He Yuting as coroner Xu Qing": an inverted
# subject list whose members carry their roles.
_ROLE_ITEM = rf"{NAME}\s+as\s+{_AS_DESC}{CHAR}"
_INVERTED_ROLES = re.compile(
    rf"\b(?i:also\s+)?(?P<verb>(?i:returning|back|coming\s+back|joining(?:\s+(?:them|the\s+cast))?))"
    rf"(?:\s+(?:this|for)\s+(?:the\s+)?(?:season|series))?"
    rf"(?:\s+(?:are|is|will\s+be)\s+|:\s+)(?P<list>{_ROLE_ITEM}(?:(?:,|;)?\s+(?:and\s+)?{_ROLE_ITEM})*)")
# "Olu Barnes returns as barrister Ken Fenwick and Harriet Voss as his junior, Alys Carr": a second
# actor and role after the verb's, the verb left out.
_GAPPED = re.compile(rf",?\s+and\s+(?P<a>{NAME})\s+as\s+{_AS_DESC}(?P<c>{CHAR})")
# Every _PAIRS match holds one of its verbs (case and all), every _INVERTED_ROLES match one of
# its verbs (in any case: mentions_any); a sentence without them skips the scan.
_PAIRS_VERBS = ("back", "return", "repris", "play", "star", "join", "lead", "headline", "front", "sign")
_INVERTED_ROLES_VERBS = ("returning", "back", "joining")
_ITEM_RE = re.compile(rf"{_ITEM_DESC}(?P<c>{CHAR})")
_ROLE_ITEM_RE = re.compile(rf"(?P<a>{NAME})\s+as\s+{_AS_DESC}(?P<c>{CHAR})")
_INVERTED = re.compile(
    rf"\b(?i:also\s+)?(?i:returning|back|coming\s+back)(?:\s+(?:this|for)\s+(?:the\s+)?(?:season|series))?\s+"
    rf"(?:are|is|will\s+be)\s+(?P<list>{NAME}(?:,\s+{NAME})*(?:,?\s+(?:and|&)\s+{NAME})?)")
# "Jason Bateman, Laura Linney and Julia Garner will all return" (no roles).
_GROUP = re.compile(
    rf"(?P<list>{NAME}(?:,\s+{NAME})*,?\s+(?:and|&)\s+{NAME})\s+{AUX}(?:(?:all|both)\s+)?"
    rf"(?P<neg>(?:not|won['’]t|no longer|aren['’]t)\s+(?:be\s+)?)?"
    rf"(?P<verb>return\w*|reprise\w*|be back|are back|back|join\w*(?!\s+forces)|(?:been\s+)?cast|exit\w*|leav\w*)\b")
_GROUP_VERBS = ("return", "repris", "back", "join", "cast", "exit", "leav")   # (as _PAIRS_VERBS)
# "HBO has added Tobias Grell, Nadia Fenwick, Oren Pike and Lucia Sato to its season 2 cast" (no roles).
_ADDED_LIST = re.compile(
    rf"\b(?:has|have|had)\s+(?:also\s+)?(?:added|cast|tapped|hired|enlisted)\s+"
    rf"(?P<list>{NAME}(?:,\s+{NAME})*,?\s+(?:and|&)\s+{NAME})\s+(?:to\s+(?:its|the|their)\s+(?:[\w-]+\s+){{0,3}}?cast\b)")
# "Returning cast members include A as B, C (D) and E."
_INCLUDE = Caseless(re.compile(
    r"\b(?:cast|stars|actors|faces|additions|newcomers|returnees|regulars|members|ensemble|players)\b[^.]{0,40}?"
    r"\b(?:include|includes|including|are|will be|:)\s+(?P<list>.+)$", re.IGNORECASE))
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+|;\s*)")
# "Desmond Kaye (Small Mercies) as Lyle Peck": with "as", the parenthesis is a past credit.
_PIECE = re.compile(rf"^(?:(?:and|plus)\s+)?{A}(?:\s*\((?P<p>[^)]{{1,50}})\))?(?:\s+as\s+{C})?\s*[.!]?$")
# "Picard (Patrick Stewart)" in a cast paragraph; which side is the actor is decided below.
_PAREN = re.compile(rf"(?P<out>{CHAR})\s+\((?P<in>[^()]{{2,60}})\)")
# "Sheriff Ray Cutter (Jesse Dunleavy) faces ...": a ranked role, its actor in parentheses,
# credits in any sentence (a rank is no actor's name).
_RANK = (r"(?:Sheriff|Deputy|Detective|Det\.|Dr\.|Doctor|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Agent|Officer|"
         r"Inspector|Mayor|Coach|Nurse|Professor|Prof\.|Father|Sister|Brother|Uncle|Aunt|King|Queen|Prince|Princess|"
         r"Lady|Lord|Judge|Principal|Chief|Commander|General|Colonel|Major|Senator|President|Governor|Reverend|Pastor|"
         # British police ranks: "DCI Ruth Halloran (Sarah Lancaster)"
         r"DCI|DI|DS|DC|PC|Supt\.?|Superintendent|Constable)")
_RANKED_PAREN = re.compile(rf"(?P<out>\b{_RANK}\s+{NAME})\s+\((?P<in>{NAME})\)")
# Every _INCLUDE match holds one of its subject nouns (case-folded); most sentences hold none.
_INCLUDE_WORDS = ("cast", "stars", "actors", "faces", "additions", "newcomers", "returnees", "regulars", "members",
                  "ensemble", "players")
# "Actor as Role" anywhere in a cast sentence; its " as " is a quick test first.
# "Carla Montague as publisher Evelyn Drury": a described role keeps its proper-noun run.
_AS = re.compile(rf"{A}(?:\s+\([^()]{{1,40}}\))?\s+as\s+(?:{NAMED_DESC}|{DESC}{GUARD}){C}")
_AS_HINT = re.compile(r"\sas\s")
_AS_AFTER = re.compile(r"\s+as\s")
_WHOSE_BEFORE = re.compile(r"\bwhose\s+(?:[\w.'’-]+\s+){0,2}$")
_CAST_WORDS = Caseless(re.compile(r"\b(?:cast\w*|stars?|starring|return\w*|reprise\w*|role|roles|join\w*|ensemble|play\w*|"
                         r"characters?|newcomers?|back)\b", re.IGNORECASE))


def prose_credits(sentence: str, context_status: CastStatus | None, cast_context: bool,
                  weak: list[tuple[str, str | None, CastStatus]] | None = None,
                  ) -> Iterator[tuple[str, str | None, CastStatus]]:
    """(actor, character, status) credits of one sentence, in order of appearance.

    Appositive and possessive credits ("X, the recruiter, is back", "X's Front Man is
    coming back") read the same as a work ("Y, the crime drama, is back", "Z's new show
    is back"); when `weak` is given they go there, for the caller to keep only in a
    paragraph that credits someone else too."""
    # Every actor credited below, but for "Role (Actor)" parentheses, is a clean_name() of
    # two words: a sentence without such a name credits nobody.
    if "(" not in sentence and not TWO_WORD_NAME.search(sentence):
        return iter(())
    return _credits(sentence, context_status, cast_context, weak)


def _credits(sentence: str, context_status: CastStatus | None, cast_context: bool,
             weak: list[tuple[str, str | None, CastStatus]] | None = None,
             ) -> Iterator[tuple[str, str | None, CastStatus]]:
    """prose_credits past its gate."""
    # status_of(sentence) is asked only for a credit found (most sentences have none); it is cached.
    found: list[tuple[int, str, str | None, CastStatus]] = []
    taken: list[tuple[int, int]] = []
    low = sentence.lower()
    # (the list patterns need a name list's "and" or "&", and a verb of theirs)
    listed = " and " in sentence or "&" in sentence
    # "DCI Ruth Halloran (Sarah Lancaster) is back": a ranked role with its actor in
    # parentheses is read first; no looser pattern may take the role for an actor.
    for match in _RANKED_PAREN.finditer(sentence) if "(" in sentence else ():
        actor = clean_name(match.group("in"))
        if actor:
            found.append((match.start("in"), actor, valid_char(match.group("out")),
                          status_of(sentence) or context_status or "unknown"))
            taken.append((match.start(), match.end()))
    for match in _PAIRS.finditer(sentence) if listed and any(w in low for w in _PAIRS_VERBS) else ():
        actors = _SPLIT.split(match.group("al"))
        # each role after its descriptor ("inventor Hattie Brass and her rival, Lord Quill")
        chars: list[str | None] = [m.group("c") for m in _ITEM_RE.finditer(match.group("cl"))]
        if len(chars) != len(actors):
            chars = [None] * len(actors)    # misaligned lists: no role is safer than a wrong one
        elif len(chars) == 2 and len(chars[0].split()) == 1 and len(chars[1].split()) >= 2 and chars[1][:1].isupper():
            chars[0] = f"{chars[0]} {chars[1].split()[-1]}"   # "Marty and Wendy Byrde": the surname is shared
        for a, c in zip(actors, chars):
            actor = clean_name(a)
            if actor:
                found.append((match.start(), actor, valid_char(c), status_of(sentence) or context_status or "unknown"))
        taken.append((match.start(), match.end()))
    for match in _INVERTED_ROLES.finditer(sentence) if " as " in sentence and mentions_any(
            sentence, _INVERTED_ROLES_VERBS) else ():
        for item in _ROLE_ITEM_RE.finditer(match.group("list")):
            actor = clean_name(item.group("a"))
            if actor:
                status = "new" if match.group("verb").lower().startswith("join") else "returning"
                found.append((match.start("list") + item.start(), actor, valid_char(item.group("c")), status))
        taken.append((match.start(), match.end()))
    present = {word for word in NEEDLE_WORDS if word in low}
    for pattern, status, needles, also, weak_pattern in GATED_PATTERNS:
        if needles.isdisjoint(present) or (also and also.isdisjoint(present)):
            continue
        for match in pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if _WHOSE_BEFORE.search(sentence, max(0, match.start("a") - 40), match.start("a")):
                continue    # "X, whose Sheriff Dale Hutchins was killed off": the role, not an actor
            actor = clean_name(match.group("a"))
            if not actor:
                continue
            char = _role(match, sentence)
            if char is False:
                continue
            credit = (match.start("a"), actor, char, status or status_of(sentence) or context_status or "unknown")
            taken.append((match.start(), match.end()))
            gapped = _GAPPED.match(sentence, match.end()) if char and " and " in sentence else None
            if gapped and (second := clean_name(gapped.group("a"))) and (role := valid_char(gapped.group("c"))):
                found.append((gapped.start("a"), second, role, credit[3]))
                taken.append((gapped.start(), gapped.end()))
            if weak is not None and weak_pattern:
                weak.append(credit[1:])
                continue
            found.append(credit)
    for match in _INVERTED.finditer(sentence) if ("returning" in low or "back" in low) else ():
        # "Also returning are Hunter Doohan, Joy Sunday and Moosa Mostafa": the subject follows the verb
        for raw in NAME_LIST_SPLIT.split(match.group("list")):
            actor = clean_name(raw)
            if actor:
                found.append((match.start("list"), actor, None, "returning"))
        taken.append((match.start(), match.end()))
    for match in _GROUP.finditer(sentence) if listed and any(w in low for w in _GROUP_VERBS) else ():
        if any(s < match.start("list") < e for s, e in taken):
            continue    # "back as Dr. Amara Vance, and Paul Renner returns": a role is no list member
        status = ("exiting" if match.group("neg") else
                  status_of(match.group("verb")) or ("new" if "cast" in match.group("verb") else "unknown"))
        for raw in NAME_LIST_SPLIT.split(match.group("list")):
            actor = clean_name(raw)
            if actor:
                found.append((match.start("list"), actor, None, status))
    for match in _ADDED_LIST.finditer(sentence) if "cast" in low else ():
        if any(s < match.start("list") < e for s, e in taken):
            continue
        for raw in NAME_LIST_SPLIT.split(match.group("list")):
            actor = clean_name(raw)
            if actor:
                found.append((match.start("list"), actor, None, "new"))
    # Roles the patterns above read, by actor: a looser reading below does not override them.
    named = {actor: char for _, actor, char, _ in found if char}
    cast_words = cast_context or _CAST_WORDS.search(sentence) is not None
    include = _INCLUDE.search(sentence) if mentions_any(sentence, _INCLUDE_WORDS) else None
    if include and cast_words:
        offset = include.start("list")
        for raw in _LIST_SPLIT.split(include.group("list").rstrip(". ")):
            piece = _PIECE.match(raw.strip())
            if not piece:
                continue
            actor = clean_name(piece.group("a"))
            if actor:
                char = valid_char(piece.group("c") or piece.group("p"))
                if char and char == piece.group("p") and actor in named:
                    char = named[actor]   # "X (Blue Hour), who will play Y": the pattern read the role
                found.append((offset, actor, char, status_of(sentence) or context_status or "unknown"))
    if cast_words:
        for match in _PAREN.finditer(sentence) if "(" in sentence else ():
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue    # read already by a pattern that knows what the parenthesis is
            if _AS_AFTER.match(sentence, match.end()):
                continue    # "X (The Quiet Acre) as rival rancher Y": a past credit; "as" gives the role
            credit = paren_credit(match.group("out"), match.group("in"), actor_outside=True)
            if credit and any(actor == credit[0] and char for _, actor, char, _ in found):
                continue    # "X (Small Mercies) as Lyle Peck": the role is read already
            if credit:
                found.append((match.start(), credit[0], credit[1], status_of(sentence) or context_status or "unknown"))
        for match in _AS.finditer(sentence) if _AS_HINT.search(sentence) else ():
            if any(s <= match.start("a") < e for s, e in taken):
                continue
            actor = clean_name(match.group("a"))
            char = valid_char(match.group("c"))
            if actor and char:
                found.append((match.start(), actor, char, status_of(sentence) or context_status or "unknown"))
    found.sort(key=lambda item: item[0])
    # A name the sentence already gave as a role ("... as Mindy Chen, and Lucas Bravo
    # reprises ...") is not an actor, whatever a looser pattern matched.
    roles = {char for _, _, char, _ in found if char}
    for _, actor, char, status in found:
        if actor not in roles:
            yield actor, char, status


_SPLIT = re.compile(r",\s+(?:and\s+|&\s+)?|,?\s+and\s+|,?\s+&\s+")
# "as the rest of the Garvey sisters": a group, not one role.
_PARTITIVE = re.compile(r"\b(?:rest|all|some|one|both|each|many|most|none|several|two|three|four)\s+of\b")
_GROUP_NOUN = re.compile(r"\s+(?:sisters|brothers|siblings|family|families|kids|children|twins|clan|crew|gang|"
                         r"household|parents|cousins|boys|girls|team|gang)\b")
# Work words after a possessive: "Jane Doe's new series is back" is not a role.
_WORK_NOUN = re.compile(r"(?:series|show|film|movie|drama|comedy|thriller|novel|book|books|adaptation|franchise|"
                        r"project|podcast|album|sitcom|hit|spinoff|spin-off|prequel|sequel)$")
_PERSON_NOUN = re.compile(r"(?:actor|actress|star|winner|nominee|veteran|alum|newcomer|comedian|singer|rapper|"
                          r"creator|showrunner|producer|writer|director|performer|legend|icon|favou?rite)s?$")


def _role(match: re.Match[str], sentence: str) -> str | None | bool:
    """The role a prose pattern captured, None when it names none, False when the match
    is not a credit at all ("Jane Doe's new series is back")."""
    groups = match.groupdict()
    if groups.get("pn") is not None:
        noun = groups["pn"]
        if _WORK_NOUN.search(noun):
            return False
        return None if _PERSON_NOUN.search(noun) or noun in {"character", "role", "part"} else f"the {noun}"
    if groups.get("ap") is not None:
        return _appositive_role(groups["ap"])
    if groups.get("kin"):
        return groups["kin"]    # "back as their nan": the role as the page writes it
    for c_group, d_group in (("c", "d"), ("c2", "d2"), ("c3", "d3")):
        if groups.get(c_group):
            if _PARTITIVE.search(groups.get(d_group) or "") or _GROUP_NOUN.match(sentence, match.end(c_group)):
                return None
            return valid_char(groups[c_group])
    if groups.get("lc"):
        return valid_char(groups["lc"])
    return None


def _appositive_role(text: str) -> str | None | bool:
    """"the recruiter with the ddakji tiles" -> "the recruiter"; a description of the
    person ("the Oscar-winning actor", "an old favourite") is no role."""
    words = text.split()
    if words[0] in {"a", "an"}:
        return False if _WORK_NOUN.search(text.split(" with ")[0].split(" of ")[0]) else None
    if words[0] != "the":
        return valid_char(text) if text[:1].isalpha() else None
    head: list[str] = []
    for word in words[1:4]:
        if re.fullmatch(NOT_DESC, word) or not word[:1].islower():
            break
        if word.endswith(("'s", "’s", "s'", "s’")):
            return None     # "the show's narrator": a job on the show, not a role in it
        head.append(word)
    if head and _WORK_NOUN.search(head[-1]):
        return False    # "Blue Harbour, the cosy crime drama, is back": a show, not a person
    if not head or _PERSON_NOUN.search(head[-1]):
        return None
    return "the " + " ".join(head)


# "... newcomer Jamie Lee Curtis will not be a newcomer at all: she is back as Donna Berzatto"
_PRONOUN = re.compile(
    rf"\b(?:[Ss]he|[Hh]e)\s+(?:['’]s\s+)?{AUX}(?P<verb>return(?:s|ing)?|reprises?|reprising|back|joins?|joining|plays|"
    rf"is playing|stars as)\s+(?:(?:his|her)\s+role\s+)?(?:as\s+)?{DC}")
_PRONOUN_HINT = first_char_gate("SsHh", r"\b(?:[Ss]he|[Hh]e)\b")


def pronoun_credits(sentence: str, before: str) -> Iterator[tuple[str, str | None, CastStatus]]:
    """Credits whose subject is "she"/"he": the actor is the nearest person named before
    the pronoun in the same paragraph (`before` holds the paragraph's earlier sentences)."""
    if not _PRONOUN_HINT.search(sentence):
        return
    for match in _PRONOUN.finditer(sentence):
        char = _role(match, sentence)
        if not char:
            continue    # a bare "she is back" is too weak to pin on anyone
        actor = _antecedent(before + " " + sentence[:match.start()])
        if actor:
            yield actor, char, status_of(match.group()) or "unknown"


def _antecedent(text: str) -> str | None:
    """The last person name in `text` that is not itself a role ("as Carmy Berzatto")."""
    best = None
    for match in NAME_RE.finditer(text[-300:]):
        start = match.start() + max(0, len(text) - 300)
        if re.search(r"\bas\s+(?:\w+\s+){0,3}$", text[max(0, start - 30):start]):
            continue
        name = clean_name(match.group())
        if name:
            best = name
    return best


def paren_credit(outside: str, inside: str, actor_outside: bool) -> tuple[str, str | None] | None:
    """Decide which side of "A (B)" is the actor: a 2-4 word name against a one-word
    role settles it; otherwise `actor_outside` (lists: "Actor (Role)"; prose: "Role (Actor)")."""
    inside = inside.strip()
    if inside[:3].lower() == "as " and clean_name(outside):
        return clean_name(outside), valid_char(inside[3:])    # "Park Seo-yeon (as Ha Yeon-hwa)"
    if inside.isupper() and "".join(w[0] for w in outside.split() if w[0].isupper()) == inside:
        return None     # "Screen Actors Guild (SAG)": an acronym, not a role
    if status_of(inside) and len(inside.split()) <= 2:
        name = clean_name(outside, min_words=2)
        return (name, None) if name else None
    out_name = clean_name(outside)
    in_name = clean_name(inside) if NAME_RE.fullmatch(inside) else None
    if in_name and not out_name:
        return in_name, valid_char(outside)
    if out_name and not in_name:
        return out_name, valid_char(inside)
    if in_name and out_name:
        return (out_name, valid_char(inside)) if actor_outside else (in_name, valid_char(outside))
    return None
