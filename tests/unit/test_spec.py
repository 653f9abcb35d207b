"""Loading scenarios: the real library loads; broken files name file, line, column and field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from guide.spec import SpecError, load_library, load_personas, load_scenario
from guide.yaml_source import SourceError

ROOT = Path(__file__).resolve().parents[2]

GOOD_HEAD = """\
title: T
audience: buyer
intro: I
steps:
"""


def write(tmp_path: Path, text: str, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_the_shipped_library_loads() -> None:
    scenarios, personas = load_library(ROOT / "scenarios")
    assert [s.slug for s in scenarios] == ["contact-seller-from-product-page"]
    scenario = scenarios[0]
    assert scenario.audience == "buyer"
    assert len(scenario.steps) >= 5
    assert scenario.preconditions.signed_in_as in personas
    assert len(scenario.step_lines) == len(scenario.steps)


def test_step_lines_point_at_each_step(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_HEAD + "  - goto: /\n\n  - click: {role: link, name: A}\n")
    assert load_scenario(path).step_lines == (5, 7)


def test_step_knows_its_action_and_target(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_HEAD + "  - fill: {label: Message, value: hi}\n")
    step = load_scenario(path).steps[0]
    assert step.action == "fill"
    assert step.target is not None and step.target.shown_name == "Message"


BAD_FILES = [
    pytest.param(
        GOOD_HEAD + "  - clik: {role: link, name: A}\n",
        5,
        5,
        "steps[0].clik: unknown key 'clik'. Did you mean 'click'?",
        id="misspelled-action",
    ),
    pytest.param(
        GOOD_HEAD.replace("buyer", "buyr") + "  - goto: /\n",
        2,
        1,
        "audience: Input should be 'buyer' or 'seller'",
        id="bad-audience",
    ),
    pytest.param(
        "title: T\naudience: buyer\nsteps:\n  - goto: /\n",
        1,
        1,
        "intro: required, but missing.",
        id="missing-intro",
    ),
    pytest.param(
        GOOD_HEAD + "  - click: {role: link, name: A}\n    fill: {label: B, value: c}\n",
        5,
        5,
        "steps[0]: a step needs exactly one action",
        id="two-actions",
    ),
    pytest.param(
        GOOD_HEAD + "  - caption: only words\n",
        5,
        5,
        "steps[0]: a step needs exactly one action",
        id="no-action",
    ),
    pytest.param(
        GOOD_HEAD + "  - click: {name: Send}\n",
        5,
        5,
        "steps[0].click: say how to find the element",
        id="locator-without-way",
    ),
    pytest.param(
        GOOD_HEAD + "  - click: {label: A, text: B}\n", 5, 5, "found: label, text", id="locator-two-ways"
    ),
    pytest.param(
        GOOD_HEAD + "  - click: {label: A, name: B}\n",
        5,
        5,
        "'name' goes with 'role'",
        id="name-without-role",
    ),
    pytest.param(
        GOOD_HEAD + "  - fill: {label: Message}\n",
        5,
        11,
        "steps[0].fill.value: required, but missing.",
        id="fill-without-value",
    ),
    pytest.param(
        GOOD_HEAD + "  - select: {label: Category, optoin: X}\n",
        5,
        13,
        "unknown key 'optoin'. Did you mean 'option'?",
        id="misspelled-field",
    ),
    pytest.param(
        GOOD_HEAD + "  - goto: /\n    capture: later\n",
        6,
        5,
        "steps[0].capture: Input should be 'before', 'after' or 'none'",
        id="bad-capture",
    ),
    pytest.param(
        "title: T\naudience: buyer\nintro: I\nsteps: []\n",
        4,
        1,
        "steps: List should have at least 1 item",
        id="no-steps",
    ),
    pytest.param(
        GOOD_HEAD + "  - goto: /\ntitle: again\n", 6, 1, "'title' appears twice", id="duplicate-key"
    ),
    pytest.param(GOOD_HEAD + "  - goto: [/\n", 6, 1, "not valid YAML", id="yaml-syntax"),
    pytest.param(
        "- just\n- a list\n", 1, 1, "(top level): Input should be a valid dictionary", id="not-a-mapping"
    ),
    pytest.param(
        GOOD_HEAD.replace("intro: I\n", "intro: I\npreconditions: {clock: soon}\n") + "  - goto: /\n",
        4,
        17,
        "preconditions.clock: Input should be a valid datetime",
        id="bad-clock",
    ),
]


@pytest.mark.parametrize(("text", "line", "column", "message"), BAD_FILES)
def test_bad_files_say_where_and_what(
    tmp_path: Path, text: str, line: int, column: int, message: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(SourceError) as caught:
        load_scenario(path)
    error = caught.value
    assert error.path == str(path)
    assert error.position is not None
    assert (error.position.line, error.position.column) == (line, column), str(error)
    assert message in str(error)
    assert str(error).startswith(f"{path}:{line}:{column}: ")


def test_every_problem_is_listed(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_HEAD.replace("buyer", "buyr") + "  - clik: {role: link, name: A}\n")
    with pytest.raises(SpecError) as caught:
        load_scenario(path)
    assert len(caught.value.problems) == 2
    assert str(caught.value).count(str(path)) == 2


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="the file is empty"):
        load_scenario(write(tmp_path, ""))


def test_unknown_persona_is_named(tmp_path: Path) -> None:
    write(tmp_path, "alex: {email: a@example.com, password: p, display_name: A}\n", "personas.yaml")
    write(
        tmp_path,
        GOOD_HEAD.replace("steps:\n", "preconditions:\n  signed_in_as: bob\nsteps:\n") + "  - goto: /\n",
    )
    with pytest.raises(SourceError) as caught:
        load_library(tmp_path)
    assert "unknown persona 'bob' (known: alex)" in str(caught.value)
    assert caught.value.position is not None and caught.value.position.line == 5


def test_personas_are_validated(tmp_path: Path) -> None:
    path = write(
        tmp_path, "alex:\n  email: a@example.com\n  pasword: p\n  display_name: A\n", "personas.yaml"
    )
    with pytest.raises(SpecError) as caught:
        load_personas(path)
    text = str(caught.value)
    assert f"{path}:3:3: alex.pasword: unknown key 'pasword'. Did you mean 'password'?" in text
    assert "alex.password: required, but missing." in text
