"""The tag manager: create, rename, recolour, describe, nest, merge and delete tags, each an
undoable step.

Deleting a tag in use asks what becomes of its uses (delete them, reassign them to another tag,
or turn them into notes). Questions are methods (``ask_*``) so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.annotating import tag_store as TS
from app.core.annotating import tags as T
from app.core.errors import RedlineError
from app.ui.annotating.context import AnnotatingContext, Changes
from app.ui.annotating.undo_commands import TagCommand
from app.ui.base.accessible import named
from app.ui.base.language import QT_TRANSLATE_NOOP, say, tr, translate
from app.ui.base.plain_label import plain_tip
from app.ui.base.screen_fit import fit_to_screen

DELETE_CHOICES: dict[str, T.UsePolicy] = {
    QT_TRANSLATE_NOOP("Redline", "Delete the annotations that use it"): "delete",
    QT_TRANSLATE_NOOP("Redline", "Move them to another tag"): "reassign",
    QT_TRANSLATE_NOOP("Redline", "Keep them as notes"): "untag",
}


def tag_paths(nodes: Sequence[TS.TagNode]) -> list[tuple[str, str]]:
    """(uuid, "Parent › Child") for every tag, parents first: names are unique only among
    siblings, a tag's path in the tree is unique."""
    return [(n.tag.uuid, " › ".join(path)) for n, path in TS.walk_tags(nodes)]


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


BUTTONS_A_ROW = 4


class TagManager(QDialog):
    """The taxonomy as a tree (name, uses); buttons act on the chosen tag. Deleted when closed;
    while open it follows every change of tags or annotations (``context.changed``), its own
    undone ones too. A tag step (and its undo and redo) is announced on the context, so the
    page draws a tag's new name or colour wherever the tag is used."""

    def __init__(self, context: AnnotatingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ann, self.lib = context, context.lib
        self.setWindowTitle(translate("Redline", "Tags"))
        self.resize(480, 420)
        self.tree = QTreeWidget()
        named(
            self.tree,
            translate("Redline", "Tags"),
            translate("Redline", "The tags as a tree, with how often each is used."),
        )
        self.tree.setHeaderLabels([translate("Redline", "Tag"), translate("Redline", "Uses")])
        # The names as wide as they are (never cut to "Mexico…": a long one scrolls), the uses
        # after them.
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # Two rows of four: in one row the eight buttons made the dialog 755 px wide at least,
        # wider than a small screen, and every button off it.
        buttons = QGridLayout()
        for number, (text, slot) in enumerate(
            (
                (QT_TRANSLATE_NOOP("Redline", "New…"), self.new_tag),
                (QT_TRANSLATE_NOOP("Redline", "New sub-tag…"), self.new_subtag),
                (QT_TRANSLATE_NOOP("Redline", "Rename…"), self.rename),
                (QT_TRANSLATE_NOOP("Redline", "Colour…"), self.recolour),
                (QT_TRANSLATE_NOOP("Redline", "Describe…"), self.describe),
                (QT_TRANSLATE_NOOP("Redline", "Move under…"), self.nest),
                (QT_TRANSLATE_NOOP("Redline", "Merge into…"), self.merge),
                (QT_TRANSLATE_NOOP("Redline", "Delete…"), self.delete),
            )
        ):
            button = QPushButton(tr(text))
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button, *divmod(number, BUTTONS_A_ROW))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()
        context.changed.connect(self._on_changed)  # (a slot of this dialog: gone when deleted)
        fit_to_screen(self)

    def _on_changed(self, changes: Changes) -> None:
        if changes.tags is not None or changes.annotations:  # (uses are counted)
            self.reload()

    def reload(self) -> None:
        keep = self.current_uuid() if hasattr(self, "nodes") else None
        self.tree.clear()
        self.nodes = TS.list_tags(self.lib)

        def add(parent: QTreeWidget | QTreeWidgetItem, nodes: Sequence[TS.TagNode]) -> None:
            for n in nodes:
                item = QTreeWidgetItem([n.tag.name, str(n.uses)])
                item.setIcon(0, _swatch(n.tag.colour))
                item.setToolTip(0, plain_tip(n.tag.description))
                item.setData(0, Qt.ItemDataRole.UserRole, n.tag.uuid)
                if isinstance(parent, QTreeWidget):
                    parent.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                add(item, n.children)

        add(self.tree, self.nodes)
        self.tree.expandAll()
        if keep is not None:
            self.select(keep)

    def current_uuid(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def select(self, uuid: str) -> None:
        for item in self.tree.findItems(
            "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
        ):
            if item.data(0, Qt.ItemDataRole.UserRole) == uuid:
                self.tree.setCurrentItem(item)

    # -- questions (replaced in tests) ----------------------------------------------------------

    def ask_text(self, title: str, current: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, translate("Redline", "Name:"), text=current)
        return text.strip() if ok and text.strip() else None

    def ask_description(self, name: str, current: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            translate("Redline", "Describe tag"),
            translate("Redline", "What “{name}” is for (shown as its tooltip):").format(name=name),
            current,
        )
        return text.strip() if ok else None

    def ask_colour(self, current: str) -> str | None:
        colour = QColorDialog.getColor(QColor(current), self, translate("Redline", "Tag colour"))
        return colour.name() if colour.isValid() else None

    def ask_tag(self, title: str, exclude: str, allow_top: bool = False) -> str | None:
        """Another tag (or, with ``allow_top``, the top level: returns ""), offered by its path
        in the tree (two tags of one name under different parents are told apart)."""
        choices = [(u, path) for u, path in tag_paths(self.nodes) if u != exclude]
        top = [translate("Redline", "(top level)")] if allow_top else []
        labels = top + [path for _u, path in choices]
        label, ok = QInputDialog.getItem(
            self, title, translate("Redline", "Tag:"), labels, 0, False
        )
        if not ok or label not in labels:
            return None
        i = labels.index(label) - len(top)
        return "" if i < 0 else choices[i][0]

    def ask_delete_policy(self, name: str, uses: int) -> T.UsePolicy | None:
        choices = {tr(label): policy for label, policy in DELETE_CHOICES.items()}
        label, ok = QInputDialog.getItem(
            self,
            translate("Redline", "Delete tag"),
            translate("Redline", "Annotations that use “{name}”: {uses}.").format(
                name=name, uses=uses
            ),
            list(choices),
            0,
            False,
        )
        return choices[label] if ok and label in choices else None

    # -- actions --------------------------------------------------------------------------------

    def _do(self, text: str, call: Callable[[str], TS.TagChange]) -> TS.TagChange | None:
        author = self.ann.author.require()
        if not author:
            return None
        try:
            change = call(author)
        except RedlineError as exc:
            self.ann.message.emit(say(exc))
            return None
        a = self.ann  # undo and redo announce through the context: the dialog may be gone by then
        a.stack.push(
            TagCommand(
                self.lib, change, text, author=a.author_name, done=a.tags_changed,
                failed=a.step_failed,
            )
        )  # fmt: skip
        a.tags_changed(change)  # (this dialog follows ``changed``)
        return change

    def new_tag(self, parent: str | None = None) -> TS.TagChange | None:
        name = self.ask_text(translate("Redline", "New tag"))
        if name is None:
            return None
        return self._do(
            translate("Redline", "New tag {name}").format(name=name),
            lambda au: T.create_tag(self.lib, name, author=au, parent=parent),
        )

    def new_subtag(self) -> TS.TagChange | None:
        parent = self.current_uuid()
        return None if parent is None else self.new_tag(parent)

    def rename(self) -> TS.TagChange | None:
        uuid = self.current_uuid()
        title = translate("Redline", "Rename tag")
        name = None if uuid is None else self.ask_text(title, TS.get_tag(self.lib, uuid).name)
        if uuid is None or name is None:
            return None
        return self._do(
            translate("Redline", "Rename tag to {name}").format(name=name),
            lambda au: T.rename_tag(self.lib, uuid, name, author=au),
        )

    def recolour(self) -> TS.TagChange | None:
        uuid = self.current_uuid()
        colour = None if uuid is None else self.ask_colour(TS.get_tag(self.lib, uuid).colour)
        if uuid is None or colour is None:
            return None
        return self._do(
            translate("Redline", "Recolour tag"),
            lambda au: T.recolour_tag(self.lib, uuid, colour, author=au),
        )

    def describe(self) -> TS.TagChange | None:
        uuid = self.current_uuid()
        tag = None if uuid is None else TS.get_tag(self.lib, uuid)
        text = None if tag is None else self.ask_description(tag.name, tag.description)
        if uuid is None or text is None:
            return None
        return self._do(
            translate("Redline", "Describe tag"),
            lambda au: T.describe_tag(self.lib, uuid, text, author=au),
        )

    def nest(self) -> TS.TagChange | None:
        uuid = self.current_uuid()
        parent = (
            None
            if uuid is None
            else self.ask_tag(translate("Redline", "Move under"), uuid, allow_top=True)
        )
        if uuid is None or parent is None:
            return None
        return self._do(
            translate("Redline", "Move tag"),
            lambda au: T.nest_tag(self.lib, uuid, parent or None, author=au),
        )

    def merge(self) -> TS.TagChange | None:
        uuid = self.current_uuid()
        target = None if uuid is None else self.ask_tag(translate("Redline", "Merge into"), uuid)
        if uuid is None or not target:
            return None
        return self._do(
            translate("Redline", "Merge tags"),
            lambda au: T.merge_tags(self.lib, uuid, target, author=au),
        )

    def delete(self) -> TS.TagChange | None:
        uuid = self.current_uuid()
        if uuid is None:
            return None
        uses = TS.tag_uses(self.lib, uuid)
        if not uses:
            return self._do(
                translate("Redline", "Delete tag"),
                lambda au: T.delete_tag(self.lib, uuid, author=au),
            )
        policy: T.UsePolicy | None = self.ask_delete_policy(TS.get_tag(self.lib, uuid).name, uses)
        target = (
            self.ask_tag(translate("Redline", "Move the uses to"), uuid)
            if policy == "reassign"
            else None
        )
        if policy is None or (policy == "reassign" and not target):
            return None
        return self._do(
            translate("Redline", "Delete tag"),
            lambda au: T.delete_tag(
                self.lib,
                uuid,
                author=au,
                uses=policy,
                reassign_to=target,
            ),
        )
