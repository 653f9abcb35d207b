"""Load YAML while remembering where every value came from, so errors can name file:line:column."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    line: int  # 1-based, as editors show it
    column: int  # 1-based


class SourceError(ValueError):
    """A problem in a source file, located for a person to fix."""

    def __init__(self, path: Path | str, position: Position | None, message: str) -> None:
        self.path = str(path)
        self.position = position
        self.message = message
        where = f"{self.path}:{position.line}:{position.column}" if position else self.path
        super().__init__(f"{where}: {message}")


def _position(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    """Turns a composed node tree into plain data plus a map from data path to position."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.positions: dict[Loc, Position] = {}
        self.key_positions: dict[Loc, Position] = {}
        self._constructor = yaml.SafeLoader("")  # only used to construct scalars with YAML's own rules

    def build(self, node: yaml.Node, loc: Loc = ()) -> Any:
        self.positions[loc] = _position(node)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self._constructor.construct_object(key_node, deep=True)
                if not isinstance(key, str):
                    raise SourceError(self.path, _position(key_node), f"keys must be text, not {key!r}")
                if key in result:
                    raise SourceError(self.path, _position(key_node), f"'{key}' appears twice here")
                self.key_positions[(*loc, key)] = _position(key_node)
                result[key] = self.build(value_node, (*loc, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        return self._constructor.construct_object(node, deep=True)


@dataclass
class SourceDoc:
    path: Path
    data: Any
    positions: dict[Loc, Position]
    key_positions: dict[Loc, Position]

    def position(self, loc: Loc) -> Position | None:
        """The closest known position for a data path: the key if named, else the nearest enclosing value."""
        if loc in self.key_positions:
            return self.key_positions[loc]
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.positions:
                return self.positions[loc[:end]]
        return None


def load(path: Path) -> SourceDoc:
    """Parse one YAML document, raising SourceError for syntax errors, aliases and duplicate keys."""
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else None
        raise SourceError(path, position, f"not valid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise SourceError(path, None, f"not valid YAML: {exc}") from None
    if node is None:
        raise SourceError(path, None, "the file is empty")
    builder = _Builder(path)
    data = builder.build(node)
    return SourceDoc(path, data, builder.positions, builder.key_positions)
