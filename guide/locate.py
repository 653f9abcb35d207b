"""Turn a scenario's locator (what a person sees) into a Playwright locator."""

from __future__ import annotations

from playwright.sync_api import Locator as PWLocator
from playwright.sync_api import Page

from guide.spec import Locator


def resolve(page: Page, target: Locator) -> PWLocator:
    if target.role:
        return page.get_by_role(target.role, name=target.name, exact=target.exact)  # type: ignore[arg-type]
    if target.label:
        return page.get_by_label(target.label, exact=target.exact)
    if target.text:
        return page.get_by_text(target.text, exact=target.exact)
    if target.placeholder:
        return page.get_by_placeholder(target.placeholder, exact=target.exact)
    if target.test_id:
        return page.get_by_test_id(target.test_id)
    return page.locator(target.css or "")
