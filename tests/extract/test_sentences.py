"""Sentence and clause splitting (aggregator/extract/sentences.py)."""

import pytest

from aggregator.extract.sentences import clause_of, split_sentences, strip_speaker


@pytest.mark.parametrize(("text", "expected"), [
    ("It returns in May. Filming ends soon.", ["It returns in May.", "Filming ends soon."]),
    # the stop run ends the sentence at its last mark
    ("Really?! Season 2 is here.", ["Really?!", "Season 2 is here."]),
    ("Wait for it... Then it drops.", ["Wait for it...", "Then it drops."]),
    ("A trailer arrives soon… Netflix confirmed it.", ["A trailer arrives soon…", "Netflix confirmed it."]),
    # closing quotes and reference marks stay with the sentence they close
    ('He said "it is done." Then he left.', ['He said "it is done."', "Then he left."]),
    ("It premiered in late September.[2] Filming resumed.", ["It premiered in late September.[2]",
                                                            "Filming resumed."]),
    ("The date moved (again.) Fans waited.", ["The date moved (again.)", "Fans waited."]),
    # not sentence ends: abbreviations, initials, lower-case continuations, numbers after "No."
    ("Dr. Jurati returns on Jan. 23 with J. J. Abrams.", ["Dr. Jurati returns on Jan. 23 with J. J. Abrams."]),
    ("It hit No. 1 on the chart. Critics agreed.", ["It hit No. 1 on the chart.", "Critics agreed."]),
    ("Not yet, no. Prime Video has said nothing.", ["Not yet, no.", "Prime Video has said nothing."]),
    ("Version 2.5 ships. e.g. later", ["Version 2.5 ships. e.g. later"]),
    ("", []),
])
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_split_sentences_loses_only_spaces():
    text = 'One.  "Two?"   Three![4] Four… Five'
    assert "".join(split_sentences(text)).replace(" ", "") == text.replace(" ", "")


def test_clause_of_finds_the_clause_holding_an_offset():
    sentence = "Filming wrapped in May, but the premiere is set for October 3"
    start, end = clause_of(sentence, sentence.index("October"))
    assert sentence[start:end] == "the premiere is set for October 3"


def test_strip_speaker_drops_a_transcript_stamp_and_speaker():
    assert strip_speaker("[03:30] JESS: They ordered it.") == "They ordered it."
    assert strip_speaker("They ordered it.") == "They ordered it."
