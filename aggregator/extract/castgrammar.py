"""The grammar cast prose is read with: the regex fragments for an actor's name, a role,
a descriptor before the role ("as the glacial Sylvie Grateau"), an aside after the actor
("Patrick Stewart, 81, ...") and the auxiliaries before the verb. castprose builds its
patterns from them.
"""

from __future__ import annotations

from aggregator.extract.castnames import CHAR, NAME_FIRST, NAME_REST

# Not a character named in a possessive relative clause ("X, whose Dr. Ada Bell was written
# out, returns") nor the name after a title ("Dr. Ada Bell").
# The look-behinds come after the name's capital (castnames.NAME_REST), one character wider.
# (nor inside a word: "his DC Penrose" is no "C Penrose")
A = (rf"(?P<a>[{NAME_FIRST}](?<![\w'’-][{NAME_FIRST}])(?<!whose\s[{NAME_FIRST}])(?<!\b(?:Dr|Mr|Ms)\.\s[{NAME_FIRST}])"
      rf"(?<!\bMrs\.\s[{NAME_FIRST}]){NAME_REST})")
C = rf"(?P<c>{CHAR})"
# A descriptor before the role's name is lower-case words, an agency acronym or a nationality:
# "returns as the glacial Sylvie Grateau", "joins as DEA agent Susan Duffy", "as British foreign
# secretary Austin Dennison", "as her impossibly chic boss, Sylvie Grateau". The role is the
# proper-noun run after it.
DEMONYM = (r"(?:American|British|English|Scottish|Welsh|Irish|French|German|Italian|Spanish|Portuguese|Dutch|"
            r"Russian|Ukrainian|Polish|Swedish|Norwegian|Danish|Finnish|Greek|Turkish|Israeli|Iranian|Egyptian|"
            r"Indian|Pakistani|Chinese|Japanese|Korean|Vietnamese|Thai|Filipino|Australian|Canadian|Mexican|"
            r"Brazilian|Argentine|Colombian|Cuban|Nigerian|Kenyan|Soviet|European|African|Asian|Texan)")
ACRO = r"(?:[A-Z]{2,4}\d?(?![\w'’-]))"
# Words that end a descriptor: a conjunction or preposition starts another phrase.
NOT_DESC = r"(?:and|or|but|nor|well|too|also|then|while|who|which|that|whose|when|where|with|of|in|from|at|on|" \
            r"for|to|by|after|before|because|since|again|once|this|is|was|will)\b"
DESC_WORD = rf"(?:(?!{NOT_DESC})[a-z][\w'’-]*|{ACRO}|{DEMONYM})"


def desc(name: str) -> str:
    return rf"(?P<{name}>(?:(?:the|a|an|his|her|their)\s+)?(?:{DESC_WORD},?\s+){{0,3}}?)"


DESC = desc("d")
# The role may not start with an acronym or nationality that a lower-case word follows.
# "as a guest star, Variety reported": a speech tag, not the role's name.
NOT_SPEAKER = r"(?!(?:[A-Z][\w'’.-]*\s+){1,3}(?:reported|reports|said|says|confirmed|announced|told|revealed)\b)"
GUARD = rf"(?!(?:{ACRO}|{DEMONYM})\s+(?!{NOT_DESC})[a-z]){NOT_SPEAKER}"
# A lower-case role when no name follows: "could return as the recruiter too".
LC_HEAD_STOP = r"(?:rest|same|lead|leads|star|stars|main|show|series|season|cast|character|role|part|head|face|" \
                r"one|other|others|new|first|last|latter|former|showrunner|director|writer|creator|producer|" \
                r"executive|host|voice|actor|actress|season's|show's|series')\b"
LC = rf"(?P<lc>the\s+(?!{LC_HEAD_STOP})[a-z][\w'’-]*(?:\s+(?!{NOT_DESC}|{LC_HEAD_STOP})[a-z][\w'’-]*)?)" \
      rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:too|with|who|again|once|in|for|this|and|but|from|after|when)\b)"
# A description, then the role's name after a comma: "a new gym teacher, Coach Rizzo",
# "Charlotte's scheming aunt, Lady Pemberton", "a rival company's artistic director, Fenella Crisp".
NAMED_DESC = (rf"(?:(?:the|a|an|his|her|their)\s+|(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*['’]s\s+)"
               rf"(?:(?!{NOT_DESC})[a-z][\w'’-]*\s+){{0,4}}(?!{NOT_DESC})[a-z][\w'’-]*,\s+"
               rf"{NOT_SPEAKER}")
# "as <role>": a described proper-noun role, else a lower-case one.
DC = rf"(?:(?:{NAMED_DESC}|{DESC}{GUARD}){C}|{LC})"
ASIDE = r"(?:,\s[^,]{1,60},)?"   # "Patrick Stewart, 81, will return as ..."


def role_aside(n: str = "2", required: bool = False) -> str:
    """", who played young Ye Wenjie in the first two seasons," or ", whose (character) Frank
    Drury was killed off,": an aside that names the actor's role (groups c<n>/d<n>, c3)."""
    # (", who played Roz's assistant Pip,", ", recurring as Dr. Tess Yuen,")
    return (rf"(?:,\s+(?:who\s+(?:plays|played|portrays|portrayed|has played)|(?:recurring|appearing|seen)\s+as)\s+"
            rf"(?:[A-Z][\w'’-]*['’]s\s+)?{desc('d' + n)}{GUARD}"
            rf"(?P<c{n}>{CHAR})(?:\s+(?:in|on|for|since|until|throughout)\s[^,]{{1,40}})?,|"
            rf",\s+whose\s+(?:character\s+)?(?P<c3>{CHAR})\s+[^,]{{1,80}},{'' if required else '|' + ASIDE})")


AUX = r"(?:(?:will|would|should|could|may|might|is|are|was|has|have|had|also|once again|again|reportedly|officially|newly|" \
       r"set to|expected to|expected|likely|likely to|" \
       r"going to|confirmed to|slated to|due to|to|be|been|all|both|too|now|finally|confirmed(?= back))\s+){0,4}"
