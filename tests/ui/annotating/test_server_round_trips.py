"""A review key press on a team library goes over the network on the window's thread (its write
is acknowledged before the next press): each round trip to the server is time the person waits.
Counted through a link to a PostgreSQL server of the tests (``SlowLink``): what one press asks
of the server, so that a query added to it, a transaction around a read or a ping is seen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.annotating.annotations import create_annotation, get_annotation
from app.core.annotating.page_content import read_page
from app.core.annotating.records import Span
from app.core.documents.ingest import import_file
from app.core.documents.queries import document_summary, list_documents
from app.core.library import Library
from app.ui.annotating.proposals import decide, step_proposal
from app.ui.base import settings as S
from tests.builders import make_text_pdf
from tests.pg_helpers import PgServer, SlowLink
from tests.ui.annotating.helpers import open_window

# Write the accept (BEGIN, the row locked and read, its history, the change number, the update,
# the change log, the notice, COMMIT), then read where the next proposal is: 9. The proposal
# decided and the next one (on the same page) are taken as drawn. It was 27: a ping for each
# connection, BEGIN and ROLLBACK around each read, both proposals read, and the write's row,
# version and change number read in 7 statements.
MOST = 9


def test_an_accept_and_on_to_the_next_asks_the_server_few_times(
    qtbot: QtBot, pg_server: PgServer, settings: S.Settings, tmp_path: Path
) -> None:
    name = pg_server.create_database()
    with Library.open(pg_server.url(name)) as lib:
        pdf = make_text_pdf(tmp_path / "memo.pdf", [" ".join(["SECRET memo"] * 6)])
        doc = import_file(lib, pdf).document_id
        assert doc is not None
        page = document_summary(lib, doc).pages[0]
        for w in read_page(lib, page.id).text.words[:12]:
            create_annotation(
                lib, page.id, "marking", text=Span(w.start, w.end), author="", status="proposed",
                origin="detector", confidence=0.7,
                body={"category": "classification", "value": "SECRET"},
            )  # fmt: skip
    link = SlowLink(pg_server)
    lib = Library.open(link.url(name))
    window = open_window(qtbot, lib, settings)
    assert list_documents(lib)[0].id == doc
    step_proposal(window.annotations, 1)
    for _ in range(6):  # the pool's connections made, the driver's statements prepared
        decide(window.annotations, "accepted")
    asked = link.requests
    chosen = window.page_annotations.current
    assert chosen is not None
    decide(window.annotations, "accepted")
    asked = link.requests - asked
    assert get_annotation(lib, chosen).status == "accepted"
    assert window.page_annotations.current not in (None, chosen)  # on to the next
    assert asked <= MOST
    window.close()
    lib.close()
    link.close()
