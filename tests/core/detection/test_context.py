"""The error classes seen on releases the detector was not tuned on: context tells a marking
from a word (split and glued words, level words in prose, garbled and glued banners, upper-case
exemption codes, inline portion marks)."""

from __future__ import annotations

import pytest

from app.core.detection.context import level_cues
from app.core.detection.markings import detect_markings


def levels(text: str) -> list[str]:
    return [d.value for d in detect_markings(text) if d.category == "classification"]


def values(text: str, category: str) -> list[str]:
    return [d.value for d in detect_markings(text) if d.category == category]


@pytest.mark.parametrize(
    "text",
    [
        "OFFICE OF THE DEPUTY SECRETARY THE DEPUTY SECRET ARY Facsimile Transmission",
        "T HE DEP UTY SECRETARY THE DEPUTY OF STATE SEC RET ARY OF STA",
        "DEPUTY SECRET OFFICE OF THE ARY SECRETARY",
        "EXECUTIVE SECRET ARIAT",
        "IF YOU COULD PASS THE FOLLOWING CONFIDENTIAL NOTE FROM ME TO MAMEDOV",
        "PASS THE THE FOLLOWING FOLL OWING CONFIDENTIAL CONFIDENTIAL NOTE FROM FROM ME",
        "REMIND HIM OF HIS CONFIDENTIALITY AGREEMENT",
        "DECLASSIFIED CLASSIFIED BY THE DEPUTY SECRETARY.",
        "USNATO IMMEDIATE SECDEF WASHDC, JOINT STAFF",
        "MESSAGE NO. CLASSIFICATION CLASS IF ICA T l ON _ _ _ No.",
        "NO CHANGE IN C~LA:--;::S:;:-S_7~iC7------,",
        # cables are written in capitals: a sentence around the word, not the case, tells
        "1. THE MINISTER SAID THE TALKS MUST REMAIN SECRET UNTIL THE SUMMIT.",
        "2. HE ASKED THAT THIS BE TREATED AS CONFIDENTIAL AND NOT SHARED.",
        "3. THE TOP SECRET ANNEX WAS NOT DISCUSSED.",  # nor the SECRET inside it
        # names a level word begins (the JFK records' Secret Service, the FBI's informants)
        "UNITED STATES SECRET SERVICE\nWASHINGTON, D.C.",
        "SECRET SERVICE AGENTS WERE PRESENT AT LOVE FIELD",
        "CONFIDENTIAL INFORMANT T-1, WHO HAS FURNISHED RELIABLE INFORMATION",
        "SUBJECT: CONFIDENTIAL SOURCES IN MEXICO CITY",
        # a possessive is a noun's ("THE SECRET'S OUT"), not a banner
        "HE SAID THE SECRET'S OUT AND EVERYBODY KNOWS",
    ],
)
def test_words_that_are_not_levels(text: str) -> None:
    assert levels(text) == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ('B-00002119964 "UNCLASSIFIED" 3/16/2023 FL-2017-13804', "UNCLASSIFIED"),
        ("Washington, D.C. 20520 6 L CONFIDENTIAL/NODIS DECL: 08/19/08 August", "CONFIDENTIAL"),
        ("WASHINGTON 5/28/98 May 27, 1998 SECRET DECL: 05/27/08 MEMORANDUM", "SECRET"),
        ("B1,1.4(B),1.4(D) SDCRDT EXDIS SUBJECT: THE SECRETARY'S MEETING", "SECRET"),
        ("OCCRET/NODIS", "SECRET"),
        ("3ECRETINODIS", "SECRET"),
        ("NIACT NIACT CONFIDENTIhi, SUBJECT : PRESIDENT", "CONFIDENTIAL"),
        ("CONFIDENTIAUPROPRIETARY", "CONFIDENTIAL"),
        ("cait2 UNCLASSIFEYE oPs 10/10/2023 f1-2017-13804 10-10-", "UNCLASSIFIED"),
        ("SENSITIVE BUT UNCLASSIFIED", "SBU"),
        ("This cable is Sensitive but unclassified. Please protect", "SBU"),
        ("ORIGINAL CLASSIFICATION: — Secret", "SECRET"),
        ("the loss of their status as a superpower SEeRB'f - 2 - and spin Yeltsin", "SECRET"),
    ],
)
def test_banners_garbled_glued_and_in_fields_are_levels(text: str, level: str) -> None:
    assert levels(text) == [level]


def test_a_handling_stamp_holding_a_level_word_is_not_a_level() -> None:
    text = 'UNLESS "UNCLASSIFIED" REPRODUCTION FROM THIS COPY IS PROHIBITED'
    assert levels(text) == []
    assert values(text, "control") == ["REPRODUCTION PROHIBITED UNLESS UNCLASSIFIED"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("RELEASE IN PART B1,1.4(B),1.4(D)", ["B1", "1.4(b)", "1.4(d)"]),
        ("1.4 (B) and 1.4(C)", ["1.4(b)", "1.4(c)"]),
        ("1.4(B)(D)", ["1.4(b)(d)"]),
        ("RELEASE IN PART Bl,B6", ["B1", "B6"]),
        ("From: (b)(6) (Sam Popkin)", ["B6"]),
        ("TEL: Li S- b6 -,..", ["B6"]),
    ],
)
def test_exemption_codes_in_capitals_and_ocr_forms(text: str, codes: list[str]) -> None:
    assert values(text, "exemption") == codes


def test_a_lone_bl_is_not_read_as_b1() -> None:
    assert values("the Bl bomber", "exemption") == []


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("KEY DEPARTMENT NEWS • (U) Kosovo: UN Secretary General", "(U)"),
        ("We have urged MICR (U) UNHCR to establish", "(U)"),
        ("(U) Classified by: Ingrid Kollist", "(U)"),
    ],
)
def test_inline_unclassified_portion_marks(text: str, mark: str) -> None:
    assert values(text, "portion") == [mark]


def test_identifiers_of_the_state_reading_room() -> None:
    text = '"UNCLASSIFIED" 10/10/2023 f1-2017-13804 10-10-23 FL-2017-13804 A-00000657448'
    assert values(text, "identifier") == ["F-2017-13804", "F-2017-13804", "A-00000657448"]


def test_the_next_line_is_not_the_banner_s_noun() -> None:
    """ "SECRET" over a line that opens with "NOTE" is a banner, as sure as over any other line;
    "SECRET NOTE" on one line is prose."""
    own_line = detect_markings("SEeRB'f\nNOTE FOR THE FILE")
    other_line = detect_markings("SEeRB'f\nFOR THE FILE")
    assert [d.confidence for d in own_line] == [d.confidence for d in other_line]
    assert level_cues("SECRET NOTE FOR THE FILE", 0, 6, "SECRET").prose_after


def test_a_cable_slug_after_the_banner_is_no_sentence() -> None:
    assert levels("CONFIDENTIAL FOR THE AMBASSADOR FROM THE SECRETARY") == ["CONFIDENTIAL"]
    # a reading-room dump has no line ends: the banner runs into the words of the page before
    assert levels("good to be with you CONFIDENTIAL TO THE DEPUTY SECRETARY") == ["CONFIDENTIAL"]


@pytest.mark.parametrize(
    "prose",
    [
        "1. THE MINISTER SAID HIS GOVERNMENT WOULD RELEASE IN FULL THE NAMES OF THE DETAINEES.",
        "2. THE EMBASSY HAS LIMITED OFFICIAL CONTACT WITH THE OPPOSITION.",
        "3. HE SAID THE GOVERNMENT APPROVED THE RELEASE OF THE PRISONERS ON MONDAY.",
        "7. THE DOCUMENTS WERE DECLASSIFIED IN 1992 BY THE COMMISSION.",
        "THE CIA DECLASSIFIED THE REPORT IN 1998.",
        "5. THE COMMISSION REQUESTED RELEASE OF ALL CLASSIFIED MATERIAL.",
        "11. THE SECRETARY'S CONFIDENTIAL ASSISTANT CALLED.",
        "THE MINISTER’S SECRET VISIT TO HAVANA",
        "8. THE AGENCY RELEASED IN PART THE FILES OF THE COMMISSION.",
    ],
)
def test_cable_prose_in_capitals_is_no_stamp_or_level(prose: str) -> None:
    """A fuzzy reading holding a clean word of prose (THE for FOR, CONTACT for USE, ALL
    CLASSIFIED for DECLASSIFIED), a stamp's words used as a verb, and a level word after a
    possessive, are not markings."""
    found = detect_markings(prose)
    assert [d.category for d in found if d.category in ("release", "classification")] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("TOP SECR FT", "classification", "TOP SECRET"),
        ("TO P SECRE", "classification", "TOP SECRET"),
        ("EYE$ ON LY", "control", "EYES ONLY"),
        ("R E L E A S E   I N   F U L L", "release", "RELEASE IN FULL"),
        ("DECLASSIFIED BY 60324 UC/BAW/SAB/RS ON 10/31/00", "release", "DECLASSIFIED"),
        ("RELEASED PER P.L-102-526(JFK ACT)", "release", "JFK ACT RELEASE"),
        ("Released per P.L. 102-526 (JFK Act)", "release", "JFK ACT RELEASE"),
    ],
)
def test_garbled_and_spaced_stamps_are_still_read(text: str, category: str, value: str) -> None:
    assert values(text, category) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Vitamin B6 and B12 were given to the detainees.",
        "Paragraph 1.4(b) of the agreement says the parties will consult.",
        "He lives at Apartment B5 on the second floor.",
        "Flight B7 arrives at 1600.",
        "See Annex B3 for details.",
        "SEE APPENDIX B2 FOR THE LIST.",
        "EXHIBIT B1 IS THE LETTER.",
        "SCHEDULE B6 LISTS THE ASSETS.",
        "CATEGORY B1 WEAPONS ARE BANNED.",
        "SEE COLUMN B3 AND ROW B4.",
        "HE SAT IN SEAT B4 ON LINE B5.",
    ],
)
def test_a_noun_s_label_is_no_exemption_code(text: str) -> None:
    assert values(text, "exemption") == []


def test_codes_beside_a_stamp_and_in_a_list_stay() -> None:
    assert values("RELEASE IN PART B6", "exemption") == ["B6"]
    assert values("Date: 02/21/2023 B1,1.4(B),1.4(D)", "exemption") == ["B1", "1.4(b)", "1.4(d)"]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("The Secretary of State met the Minister.\nECLASSIFIE D\nTalks resumed.", "release",
         "DECLASSIFIED"),
        ("The Secretary of State met the Minister.\nDCLASSI FIED\nTalks resumed.", "release",
         "DECLASSIFIED"),
        ("The Secretary of State met the Minister.\nNCLASSIFIED\nTalks resumed.", "classification",
         "UNCLASSIFIED"),
    ],
)  # fmt: skip
def test_the_closer_reading_of_a_garbled_stamp_wins(text: str, category: str, value: str) -> None:
    """A garbled DECLASSIFIED stamp read as UNCLASSIFIED would label a classified record
    unclassified: the context says whether a marking stands there, not which one."""
    found = [d for d in detect_markings(text) if d.category in ("classification", "release")]
    assert [(d.category, d.value) for d in found] == [(category, value)]


def test_foia_codes_one_a_line_are_read_each_whole() -> None:
    """A list of "(b)(n)" codes, one a line: the next line's "(b)" is no sub-paragraph of the
    code before (it read "(b)(1)\\n(b)" as B1(B) and lost (b)(3) and (b)(7)(C))."""
    text = "(b)(1)\n(b)(3)\n(b)(6)\n(b)(7)(C)\n(b)(1) (b)(3)"
    assert values(text, "exemption") == ["B1", "B3", "B6", "B7(C)", "B1", "B3"]


def test_cia_crest_release_line_and_25x_codes() -> None:
    """The CIA records search tool's (CREST) release line, capitalised as printed on every
    page, its document number, and the 25X and 50X exemption codes beside its boxes."""
    text = "Approved For Release 2005/01/11 : CIA-RDP80B01676R000100010001-5\n25X1\n50X1-HUM"
    assert values(text, "release") == ["APPROVED FOR RELEASE 2005/01/11"]
    assert values(text, "identifier") == ["CIA-RDP80B01676R000100010001-5"]
    assert values(text, "exemption") == ["25X1", "50X1-HUM"]


def test_si_outside_a_banners_slashes_is_no_control() -> None:
    assert values("The A/SI ratio and the SI unit; FOR SI/TK USE", "control") == []


@pytest.mark.parametrize(
    ("text", "control"),
    [
        ("CONFIDENTIAL CONTROL - U.S. OFFICIALS ONLY", "U.S. OFFICIALS ONLY"),
        ("HANDLE VIA COMINT CHANNELS ONLY", "HANDLE VIA COMINT CHANNELS ONLY"),
        ("SECRET NOFORN NOCONTRACT ORCON", "NOCONTRACT"),
        ("SECRET NO FOREIGN DISSEM", "NO FOREIGN DISSEM"),
        (
            "WARNING NOTICE - SENSITIVE INTELLIGENCE SOURCES AND METHODS INVOLVED",
            "WNINTEL",
        ),
        ("TOP SECRET//SI//NOFORN", "SI"),
        ("TOP SECRET//SI-G//ORCON", "SI"),
        ("SECRET//HCS//NOFORN", "HCS"),
    ],
)
def test_cia_dissemination_controls(text: str, control: str) -> None:
    """The intelligence community's handling and dissemination controls are controls, and
    "U.S. OFFICIALS ONLY" is no garbled FOR OFFICIAL USE ONLY."""
    assert control in values(text, "control")
    assert "FOR OFFICIAL USE ONLY" not in values(text, "classification")


@pytest.mark.parametrize(
    "text",
    [
        "1. THE B1 BOMBER PROGRAM WAS DISCUSSED AT LENGTH.",
        "2. A B1 SQUADRON IS ON ALERT AT ELLSWORTH.",
        "HE SAID THE B2 SPIRIT WAS A THREAT.",
        "the B2 spirit was shown at the air show",
        "THE B-52 AND F-16 FLEETS WERE ALSO REVIEWED.",
        "TWO B1 BOMBERS FLEW OVER THE PARADE. THE B6 DIVISION STAYED.",
    ],
)
def test_an_aircraft_or_unit_name_in_prose_is_no_exemption_code(text: str) -> None:
    """A letter and a digit after an article and before a noun of prose name a thing ("THE
    B1 BOMBER"); a code stands beside a box, in a list or in place of a withheld name."""
    assert values(text, "exemption") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("RELEASE IN PART B1, B6", ["B1", "B6"]),
        ("THE AMBASSADOR MET WITH B6 ON MONDAY.", ["B6"]),
        ("FROM: B6 TO: B6", ["B6", "B6"]),
        ("WITHHELD UNDER THE (b)(1) EXEMPTION", ["B1"]),
        ("THE 1.4(B) AND 1.4(D) REASONS", ["1.4(b)", "1.4(d)"]),
        ("[REDACTED] B1 B6\nTHE TALKS", ["B1", "B6"]),
    ],
)
def test_codes_beside_boxes_in_lists_or_for_names_stay(text: str, codes: list[str]) -> None:
    assert values(text, "exemption") == codes


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("5. (SBU) THE AMBASSADOR MET THE MINISTER.", "(SBU)"),
        ("(SBU//NF) EMBASSY COMMENT: THE PLAN IS SOUND.", "(SBU//NF)"),
        ("1. (S) THE MINISTER SAID", "(S)"),
        ("2. (CUI) THE LIST FOLLOWS", "(CUI)"),
    ],
)
def test_a_portion_mark_is_one_proposal_carrying_its_level(text: str, mark: str) -> None:
    """ "(SBU)" is a portion mark whose value holds its level, as "(S)" is: not also a level."""
    found = [(d.category, d.value) for d in detect_markings(text)]
    assert found == [("portion", mark)]


@pytest.mark.parametrize(
    "text", ["SBU", "SENSITIVE BUT UNCLASSIFIED", "(SENSITIVE BUT UNCLASSIFIED)", "SBU//NOFORN"]
)
def test_sbu_outside_a_portion_mark_is_still_a_level(text: str) -> None:
    assert levels(text) == ["SBU"]


@pytest.mark.parametrize(
    "text",
    [
        "4. UNCLASSIFIED VERSION WILL FOLLOW.",
        "4. (C) UNCLASSIFIED VERSION OF THE REPORT WILL FOLLOW SEPTEL.",
        "10. SECRET CONTACTS WITH THE PLO HAVE BEEN ONGOING.",
        "3. SECRET CONTACTS: WE HAVE NONE.",
        "3. (S) SECRET ANNEX TO THE TREATY WAS NOT DISCUSSED.",
        "6. THE TALKS CONTINUE. CONFIDENTIAL DISCUSSIONS WITH THE MINISTER WERE USEFUL.",
        "7. TOP SECRET DOCUMENTS WERE NOT SHARED WITH THE RUSSIANS.",
        "5. EMBASSY WILL SEND A CONFIDENTIAL CHANNEL MESSAGE.",
        "5. EMBASSY WILL SEND IT BY CONFIDENTIAL CHANNEL.",
        "THE DELEGATES MET IN SECRET CONCLAVE ON MONDAY.",
        "THE DEPARTMENT WILL PROVIDE AN UNCLASSIFIED PAPER FOR THE PRESS.",
        "EMBASSY BELIEVES THE TOP SECRET DOCUMENTS WERE DESTROYED.",
        "1. THE FOLLOWING UNCLASSIFIED PRESS GUIDANCE IS PROVIDED.",
        "THE AMBASSADOR SAID AN UNCLASSIFIED SUMMARY WOULD BE RELEASED.",
        "2. AMLASH-1 said that a SECRET communication from Havana had been received.",
        # a reading-room dump runs the paragraphs of a cable into one line
        "WAS A MYTH. 3. SECRET CONTACTS: HE SAID THERE WERE NONE.",
        "IS ATTACHED. E. UNCLASSIFIED TEXT OF THE STATEMENT FOLLOWS: BEGIN TEXT.",
        # predicative: the level ends the sentence it is said of
        "6. POST SHOULD TREAT THIS AS CONFIDENTIAL.",
        "HE SAID THE TALKS MUST REMAIN SECRET. WE AGREED.",
        "PAGE 02 STATE 123456\nUNCLASSIFIED VERSION WILL FOLLOW.",
    ],
)
def test_a_level_word_as_an_adjective_of_prose_is_no_level(text: str) -> None:
    """A level word before a noun of a sentence (after an article, opening a numbered
    paragraph, or with the clause going on to its verb) qualifies the noun; it marks nothing."""
    assert levels(text) == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("SECRET NOFORN", "SECRET"),
        ("CONFIDENTIAL EXDIS", "CONFIDENTIAL"),
        ("SECRET STATE 123456", "SECRET"),
        ("TOP SECRET UMBRA", "TOP SECRET"),
        ("TOP SECRET UMBRA HANDLE VIA COMINT CHANNELS ONLY", "TOP SECRET"),
        ("SECRET SECTION 02 OF 04 STATE 123456", "SECRET"),
        ("SECRET PAGE 02 OF 03 MOSCOW 01234", "SECRET"),
        ("CONFIDENTIAL MEMORANDUM FOR THE SECRETARY", "CONFIDENTIAL"),
        ("SECRET MEMORANDUM OF CONVERSATION WITH THE FOREIGN MINISTER", "SECRET"),
        ("CONFIDENTIAL ACTION MEMORANDUM TO THE SECRETARY", "CONFIDENTIAL"),
        ("SECRET INFORMATION MEMORANDUM S/S", "SECRET"),
        ("SECRET EYES ONLY FOR THE SECRETARY FROM TALBOTT", "SECRET"),
        ("SECRET SENSITIVE EYES ONLY", "SECRET"),
        ("CONFIDENTIAL DEPARTMENT OF STATE BRIEFING MEMORANDUM", "CONFIDENTIAL"),
        ("SECRET OFFICE OF THE SECRETARY OF DEFENSE WASHINGTON", "SECRET"),
        ("SECRET FEDERAL BUREAU OF INVESTIGATION WASHINGTON", "SECRET"),
        ("UNCLASSIFIED FAX COVER SHEET DEPARTMENT OF STATE", "UNCLASSIFIED"),
        ("1. CONFIDENTIAL - ENTIRE TEXT.", "CONFIDENTIAL"),
        ("1. CONFIDENTIAL ENTIRE TEXT.", "CONFIDENTIAL"),
        ("SUBJECT: KOZYREV ON NATO 1. CONFIDENTIAL - ENTIRE TEXT. 2. KOZYREV SAID", "CONFIDENTIAL"),
        ("A. SECRET NOFORN", "SECRET"),
        ("SECRET WHEN FILLED IN", "SECRET"),
        ("CONFIDENTIAL Thank you for your letter, which was most helpful.", "CONFIDENTIAL"),
        ("TOP SECRET CURRENT INTELLIGENCE BULLETIN 3 March 1951", "TOP SECRET"),
        ("CLASSIFICATION: CONFIDENTIAL.", "CONFIDENTIAL"),
        ("SECRET\nTHE TALKS WILL RESUME ON MONDAY.", "SECRET"),
        ("May 18, 1998 SECRET memorandum for the file was sent", "SECRET"),
        # a dump's banner runs into the capitals of the text: at its start or after a stamp
        ("SECRET PRESIDENT CLINTON HAS ASKED ME TO WRITE", "SECRET"),
        ("B-00002119970 3/16/2023 SECRET PRESIDENT CLINTON HAS ASKED ME", "SECRET"),
    ],
)
def test_banners_with_words_after_them_stay_levels(text: str, level: str) -> None:
    """Controls, code words, cable routing, letterheads and document kinds follow a banner;
    none of them is a noun the level word qualifies."""
    assert levels(text) == [level]


@pytest.mark.parametrize(
    "text",
    [
        "2. THE DECLASSIFIED CABLES SHOW THAT THE MINISTER KNEW.",
        "3. RECENTLY DECLASSIFIED FILES WERE RELEASED.",
        "9. THE PRESIDENT WANTS A DECAPTIONED VERSION.",
        "12. THE NOFORN CAVEAT WAS REMOVED. THE ORCON MATERIAL IS ATTACHED.",
        "6. HE SAID THE CONTINUED CONTROL OF THE BORDER WAS ESSENTIAL.",
        "5. THE REPORT IS FOR YOUR EYES ONLY AND SHOULD NOT BE SHARED.",
        "4. THE LEAK OF SECURITY INFORMATION WAS SERIOUS.",
        "He was cleared for TOP SECRET and Q clearance.",
    ],
)
def test_stamp_and_control_words_in_a_sentence_are_no_markings(text: str) -> None:
    """A stamp's or a control's words after an article or an adverb, before a word of the
    sentence, or between two sentence words, are prose ("THE DECLASSIFIED CABLES SHOW")."""
    found = detect_markings(text)
    assert [d for d in found if d.category in ("release", "control", "classification")] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("SECRET - EYES ONLY", "control", "EYES ONLY"),
        ("EYES ONLY FOR THE SECRETARY", "control", "EYES ONLY"),
        ("TOP SECRET SECURITY INFORMATION", "control", "SECURITY INFORMATION"),
        ("SECRET NOFORN", "control", "NOFORN"),
        ("NOT RELEASABLE TO FOREIGN NATIONALS", "control", "NOT RELEASABLE TO FOREIGN NATIONALS"),
        ("CONTINUED CONTROL", "control", "CONTINUED CONTROL"),
        ("DECLASSIFIED Authority NND 959000 By JS NARA Date 5/1/98", "release", "DECLASSIFIED"),
        ("THE FILES ARE ATTACHED. DECLASSIFIED BY 60324 ON 10/31/00", "release", "DECLASSIFIED"),
        ("RELEASE IN PART B1, B6", "release", "RELEASE IN PART"),
        ("Date: 02/21/2023 RELEASE IN FULL", "release", "RELEASE IN FULL"),
    ],
)
def test_stamps_and_controls_standing_apart_stay(text: str, category: str, value: str) -> None:
    assert value in values(text, category)


@pytest.mark.parametrize(
    "text",
    [
        # The CIA's review box as the bulletins' text layers read it: NO CHANGE IN CLASS ticked.
        "DOCUMENT NO. 10\nNO CHANGE IN CLASS. [X]\nI I DECLASSIFIED\nCLASS, CHANGED TO:\nTS S C",
        " 001\n\nCURRENT\n\nINTELLIGENCE\n\nEl |\nDEGLASSIFIED\nCLASS CHANGED TO‘ TS S C\n",
        # An FBI teletype's "captioned matter", whole and after "RE"
        "RE CAPTIONED MATTER PERTAINS TO BUREAU",
        "SENSTUDY 75 | | |\n“| CAPTIONED\nMATTER PERTAINS TO BUREAU'S",
    ],
)
def test_a_review_box_option_or_the_captioned_matter_is_no_release(text: str) -> None:
    assert values(text, "release") == []


def test_declassified_and_decaptioned_stamps_away_from_a_review_box_stay() -> None:
    assert values("DECLASSIFIED Authority NND 969000 By NARA", "release") == ["DECLASSIFIED"]
    assert values("DECAPTIONED\nSECRET", "release") == ["DECAPTIONED"]


@pytest.mark.parametrize(
    "text",
    [
        "UNCLAS SECTION 01 OF 02 STATE 123456",
        "UNCLAS E F T O STATE 123456",
        "R 030215Z JAN 95\nFM SECSTATE WASHDC\nTO AMEMBASSY PARIS\nUNCLAS STATE 004512\nTAGS: PREL",
    ],
)
def test_unclas_of_a_cable_header_is_unclassified(text: str) -> None:
    """State cables write UNCLASSIFIED as UNCLAS in their header."""
    assert levels(text) == ["UNCLASSIFIED"]


def test_unclas_inside_a_word_is_nothing() -> None:
    assert levels("THE UNCLASPED BRIEFCASE; UNCLASSED WORDS") == []


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("1. (S/NF) THE MINISTER SAID", "(S/NF)"),
        ("2. (C/NOFORN) THE MINISTER SAID", "(C/NOFORN)"),
        ("3. (S//NF) THE MINISTER SAID", "(S//NF)"),
    ],
)
def test_portion_marks_with_one_slash_before_a_control(text: str, mark: str) -> None:
    assert values(text, "portion") == [mark]


def test_office_symbols_in_parentheses_are_no_portion_marks() -> None:
    assert values("Drafted: (S/S) and cleared by (S/P) and (C/O) staff", "portion") == []


def test_reclassified_is_a_word_of_its_own() -> None:
    """RECLASSIFIED is a real word: read as itself, not as a garbled DECLASSIFIED stamp."""
    text = "HE MENTIONED RECLASSIFIED PAPERS AGAIN"
    assert [d for d in detect_markings(text) if d.category == "release"] == []


@pytest.mark.parametrize(
    "text",
    [
        "104-10165-10033| | 2023 RELEASE UNDER THE PRESIDENT JOHN F. KENNEDY ASSASSINATION "
        "RECORDS ACT OF 1992 |",
        "2025 RELEASE UNDER THE PRESIDENT JOHN F KENNEDY\nASSASSINATION RECORDS ACT OF 1992",
    ],
)
def test_the_jfk_release_banner_of_2023(text: str) -> None:
    """The banner the National Archives printed across every page released in 2023."""
    assert values(text, "release") == ["JFK ACT RELEASE"]


def test_the_fbi_jfk_footer_read_with_ocr_letters() -> None:
    """Tesseract reads the FBI JFK pages' footer "NW 50953 DocId:32174679" as "HW 50953
    Docld: 32174679"; a bare "HW 50953" elsewhere is nothing."""
    text = "HW 50953 Docld: 32174679 Page 2"
    assert values(text, "identifier") == ["NW 50953", "DocId 32174679"]
    assert values("THE HW 50953 TRANSFORMER", "identifier") == []
    # and as "HY 50953 Dockd: 32274879" (jfk-124-10180-10295 page 2, Redline's OCR)
    text = "HY 50953 Dockd: 32274879 Page 2"
    assert values(text, "identifier") == ["NW 50953", "DocId 32274879"]
    assert values("THE HY 50953 ENGINE", "identifier") == []


@pytest.mark.parametrize(
    "text",
    ["(C) 1963 THE DALLAS MORNING NEWS", "(c) 1995, The New York Times Company", "(C)1963 AP"],
)
def test_a_copyright_sign_before_a_year_is_no_portion_mark(text: str) -> None:
    """The newspaper clippings of the FBI's JFK files print "(C) 1963" before the paper."""
    assert values(text, "portion") == []


def test_a_portion_mark_before_a_paragraph_with_a_year_stays() -> None:
    assert values("1. (C) IN 1963 THE MINISTER SAID", "portion") == ["(C)"]


@pytest.mark.parametrize(
    "text",
    ["-- (C) The minister agreed.", "¶3. (C) The minister agreed.", "• (S) The source said."],
)
def test_a_portion_mark_after_a_cables_dash_or_a_paragraph_sign(text: str) -> None:
    assert values(text, "portion") == [text.split("(")[1].split(")")[0].join("()")]


def test_a_letter_of_a_lettered_list_is_no_portion_mark() -> None:
    listed = "The options are:\n(A) the first;\n(B) the second;\n(C) the third.\n(D) the fourth."
    assert values(listed, "portion") == []
    cable = "SECRET\n1. (S) The source said.\n2. (C) The minister.\n3. (U) Nothing more."
    assert values(cable, "portion") == ["(S)", "(C)", "(U)"]
    # a FOIA code beside a box, and "(S)" read as "(5)", on the lines around: no list
    memo = "the survey is\n(b)(3)\n\n(S) Our embassy reports.\n\n(5) Forty-one thousand tons."
    assert values(memo, "portion") == ["(S)"]


def test_a_check_box_of_a_routing_slip_is_no_portion_mark() -> None:
    # jfk-DOCID-32989794 page 31 as Redline's OCR reads it: the FBI's list of field offices
    slip = "C_] El Paso\n(_] Honolulu\n\nRE:\n\n(C) For information ') optional\n\n(C\n"
    slip += "(Copies te Offices Checked) *\n\n(C) Oklahoma City\n(Cj Omaha\n{_} Phoenix\n"
    assert values(slip, "portion") == []
    memo = "SUBJECT: Visit of the Minister\n\n(C) The Minister asked for the report.\n"
    assert values(memo + "\n(U) He left on Monday.\n", "portion") == ["(C)", "(U)"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Doc No. C06689721 Date: 11/01/2017 RELEASE IN PART B1,1.4(D),B6", "RELEASE IN PART"),
        ("NO FOIA WAIVER. RELEASE IN FULL", "RELEASE IN FULL"),
        ("DECLASSIFIED BY 60324 UC/BAW/SAB/RS ON 10/31/00", "DECLASSIFIED"),
        ("SECRET\nDECLASSIFIED\nTHE FOLLOWING IS THE TEXT", "DECLASSIFIED"),
        ("E.O. 13526 DECLASSIFIED AUTHORITY NND 959000", "DECLASSIFIED"),
    ],
)
def test_a_stamp_after_words_on_its_line_is_still_a_stamp(text: str, value: str) -> None:
    """A stamp a determiner follows only on another line, or one a code or a name follows, is
    no verb with an object."""
    assert value in values(text, "release")


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("SUBJECT: (C) TALKS WITH THE MINISTER\n1. THE MINISTER SAID", "(C)"),
        ("Subject: FW: Meeting with the minister (U)\nDear colleagues,", "(U)"),
        ("From: Smith, John\nSUBJ: (SBU) VISIT OF THE MINISTER", "(SBU)"),
        ("To: The Secretary\nRe: Talks in Pristina (S).\nThe minister said", "(S)"),
    ],
)
def test_a_subject_lines_portion_mark(text: str, mark: str) -> None:
    """A State cable's or email's subject line is portion-marked after its label or at its end,
    the released email of a later FOIA case among them."""
    assert values(text, "portion") == [mark]


@pytest.mark.parametrize(
    "text",
    [
        "SUBJECT: THE (C) OPTION AND THE OTHERS",  # inside the line: an enumeration
        "We spoke of the subject: (C) matters.",  # no subject line
        "SUBJECT: TALKS\nTHE THIRD (C)\nOPTION",  # ends a line, not the subject's
    ],
)
def test_a_mark_elsewhere_near_a_subject_is_not_one(text: str) -> None:
    assert values(text, "portion") == []
