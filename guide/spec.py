"""The scenario language: pydantic models, and loading YAML files into them with located errors."""

from __future__ import annotations

import difflib
import types
import typing
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError, model_validator

from guide.yaml_source import Loc, SourceDoc, SourceError, load

PERSONAS_FILE = "personas.yaml"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Locator(Strict):
    """How a person finds an element: by role and name, label, visible text or placeholder.

    test_id and css exist as a last resort; they make scenarios read less like prose.
    """

    role: str | None = None
    name: str | None = None
    label: str | None = None
    text: str | None = None
    placeholder: str | None = None
    test_id: str | None = None
    css: str | None = None
    exact: bool = True

    @model_validator(mode="after")
    def _one_way_to_find(self) -> Locator:
        ways = [k for k in ("role", "label", "text", "placeholder", "test_id", "css") if getattr(self, k)]
        if len(ways) != 1:
            found = ", ".join(ways) if ways else "none"
            raise ValueError(
                f"say how to find the element with exactly one of role, label, text, placeholder, "
                f"test_id, css (found: {found})"
            )
        if self.name is not None and self.role is None:
            raise ValueError("'name' goes with 'role', e.g. {role: button, name: Send message}")
        return self

    @property
    def shown_name(self) -> str:
        """What a reader sees of the element, for captions and alt text."""
        return self.name or self.label or self.text or self.placeholder or self.test_id or self.css or ""


class FillAction(Locator):
    value: str


class SelectAction(Locator):
    option: str


class ExpectAction(Locator):
    contains: str | None = None


ACTIONS = ("goto", "click", "fill", "select", "expect")


class Step(Strict):
    goto: str | None = None
    click: Locator | None = None
    fill: FillAction | None = None
    select: SelectAction | None = None
    expect: ExpectAction | None = None
    caption: str | None = Field(None, description="Markdown that replaces the derived step text.")
    note: str | None = Field(None, description="Markdown added after the derived step text.")
    capture: Literal["before", "after", "none"] = Field(
        "after", description="Screenshot before the action (shows what to act on) or after it."
    )

    @model_validator(mode="after")
    def _exactly_one_action(self) -> Step:
        present = [a for a in ACTIONS if getattr(self, a) is not None]
        if len(present) != 1:
            found = ", ".join(present) if present else "none"
            raise ValueError(f"a step needs exactly one action of {', '.join(ACTIONS)} (found: {found})")
        return self

    @property
    def action(self) -> str:
        return next(a for a in ACTIONS if getattr(self, a) is not None)

    @property
    def target(self) -> Locator | None:
        value = getattr(self, self.action)
        return value if isinstance(value, Locator) else None


class Preconditions(Strict):
    signed_in_as: str | None = Field(None, description="A persona from scenarios/personas.yaml.")
    clock: datetime | None = Field(None, description="The storefront's frozen time for this scenario.")


class Scenario(Strict):
    title: str
    audience: Literal["buyer", "seller"]
    intro: str
    preconditions: Preconditions = Preconditions()
    steps: list[Step] = Field(min_length=1)
    # Set by the loader, not by the file.
    slug: str = Field("", exclude=True)
    source: str = Field("", exclude=True)
    step_lines: tuple[int, ...] = Field((), exclude=True)


class Persona(Strict):
    email: str
    password: str
    display_name: str


class Personas(RootModel[dict[str, Persona]]):
    """scenarios/personas.yaml: who a scenario can sign in as."""


# ---- loading -------------------------------------------------------------------------------------------


def _unwrap(annotation: typing.Any) -> typing.Any:
    """The model class inside Optional[...] or list[...]; anything else unchanged."""
    origin = typing.get_origin(annotation)
    if origin is dict:
        return _unwrap(typing.get_args(annotation)[1])
    if origin in (typing.Union, types.UnionType, list, tuple):
        for arg in typing.get_args(annotation):
            inner = _unwrap(arg)
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return annotation


def _model_at(root: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    model: typing.Any = root
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return None
        if issubclass(model, RootModel):  # a mapping of names: every key leads to the value type
            model = _unwrap(model.model_fields["root"].annotation)
        elif part in model.model_fields:
            model = _unwrap(model.model_fields[part].annotation)
        else:
            return None
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _field_path(loc: Loc) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _describe(root: type[BaseModel], error: dict) -> str:
    loc: Loc = tuple(error["loc"])
    field = _field_path(loc)
    if error["type"] == "extra_forbidden":
        key = str(loc[-1])
        model = _model_at(root, loc[:-1])
        known = [k for k, f in model.model_fields.items() if not f.exclude] if model else []
        close = difflib.get_close_matches(key, known, n=1)
        if close:
            hint = f" Did you mean '{close[0]}'?"
        else:
            hint = f" Known keys: {', '.join(known)}." if known else ""
        return f"{field}: unknown key '{key}'.{hint}"
    if error["type"] == "missing":
        return f"{field}: required, but missing."
    message = error["msg"].removeprefix("Value error, ")
    return f"{field}: {message}"


class SpecError(SourceError):
    """One or more problems in a scenario file; str() lists each with file:line:column."""

    def __init__(self, path: Path, problems: list[SourceError]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(path, first.position, first.message)
        self.args = ("\n".join(str(p) for p in problems),)


M = typing.TypeVar("M", bound=BaseModel)


def _validate(model: type[M], doc: SourceDoc) -> M:
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        problems = [
            SourceError(doc.path, doc.position(tuple(e["loc"])), _describe(model, dict(e)))
            for e in exc.errors()
        ]
        raise SpecError(doc.path, problems) from None


def load_scenario(path: Path) -> Scenario:
    doc = load(path)
    scenario = _validate(Scenario, doc)
    lines = tuple(doc.positions[("steps", i)].line for i in range(len(scenario.steps)))
    return scenario.model_copy(update={"slug": path.stem, "source": str(path), "step_lines": lines})


def load_personas(path: Path) -> dict[str, Persona]:
    return _validate(Personas, load(path)).root


def scenario_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.name != PERSONAS_FILE)


def load_library(folder: Path) -> tuple[list[Scenario], dict[str, Persona]]:
    """Every scenario in a folder and its personas, checking that each signed-in persona exists."""
    personas_path = folder / PERSONAS_FILE
    personas = load_personas(personas_path) if personas_path.exists() else {}
    scenarios = [load_scenario(p) for p in scenario_files(folder)]
    for scenario in scenarios:
        wanted = scenario.preconditions.signed_in_as
        if wanted and wanted not in personas:
            doc = load(Path(scenario.source))
            known = ", ".join(personas) or f"none: add {personas_path}"
            raise SourceError(
                scenario.source,
                doc.position(("preconditions", "signed_in_as")),
                f"preconditions.signed_in_as: unknown persona '{wanted}' (known: {known})",
            )
    return scenarios, personas
