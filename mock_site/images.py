"""Product pictures, drawn as SVG from each product's colour and pictogram so no image files are needed."""

from __future__ import annotations

from flask import Blueprint, Response, abort

from mock_site.db import get_db

bp = Blueprint("images", __name__, url_prefix="/images")

# Pictograms drawn on a 400x400 canvas around its centre. "{ink}" is the product colour,
# "{paper}" a pale tint of it, so each picture is two-tone and matches its background.
PICTOGRAMS: dict[str, str] = {
    "backpack": """
      <rect x="168" y="92" width="64" height="44" rx="22" fill="none" stroke="{ink}" stroke-width="14"/>
      <rect x="122" y="120" width="156" height="196" rx="46" fill="{ink}"/>
      <rect x="152" y="214" width="96" height="76" rx="18" fill="{paper}" opacity="0.35"/>
      <rect x="152" y="170" width="96" height="14" rx="7" fill="{paper}" opacity="0.35"/>""",
    "bottle": """
      <rect x="172" y="84" width="56" height="40" rx="10" fill="{ink}"/>
      <rect x="182" y="124" width="36" height="18" fill="{ink}" opacity="0.8"/>
      <rect x="150" y="138" width="100" height="186" rx="34" fill="{ink}"/>
      <rect x="150" y="200" width="100" height="46" fill="{paper}" opacity="0.35"/>""",
    "tent": """
      <path d="M200 96 L318 300 H82 Z" fill="{ink}"/>
      <path d="M200 190 L244 300 H156 Z" fill="{paper}" opacity="0.45"/>
      <rect x="62" y="300" width="276" height="14" rx="7" fill="{ink}"/>""",
    "skillet": """
      <circle cx="178" cy="210" r="100" fill="{ink}"/>
      <circle cx="178" cy="210" r="72" fill="{paper}" opacity="0.25"/>
      <rect x="262" y="196" width="96" height="28" rx="14" fill="{ink}"/>""",
    "coffee": """
      <path d="M138 96 H262 L228 166 H172 Z" fill="{ink}"/>
      <rect x="186" y="166" width="28" height="16" fill="{ink}" opacity="0.8"/>
      <rect x="132" y="188" width="136" height="124" rx="26" fill="{ink}"/>
      <path d="M268 220 h18 a26 26 0 0 1 0 52 h-18" fill="none" stroke="{ink}" stroke-width="14"/>
      <rect x="112" y="312" width="196" height="12" rx="6" fill="{ink}" opacity="0.8"/>""",
    "board": """
      <rect x="92" y="150" width="196" height="120" rx="26" fill="{ink}"/>
      <rect x="280" y="192" width="54" height="36" rx="18" fill="{ink}"/>
      <circle cx="316" cy="210" r="8" fill="{paper}"/>
      <path d="M118 186 C160 172 210 200 262 186 M118 232 C170 220 214 246 262 234" fill="none"
            stroke="{paper}" stroke-opacity="0.35" stroke-width="8" stroke-linecap="round"/>""",
    "headphones": """
      <path d="M112 236 V206 a88 88 0 0 1 176 0 V236" fill="none" stroke="{ink}" stroke-width="22"/>
      <rect x="96" y="214" width="56" height="100" rx="22" fill="{ink}"/>
      <rect x="248" y="214" width="56" height="100" rx="22" fill="{ink}"/>""",
    "lamp": """
      <path d="M202 168 H286 L310 250 H178 Z" fill="{paper}" opacity="0.7"/>
      <rect x="96" y="298" width="110" height="20" rx="10" fill="{ink}"/>
      <path d="M150 300 V196 L222 128" fill="none" stroke="{ink}" stroke-width="16"
            stroke-linecap="round" stroke-linejoin="round"/>
      <path d="M192 168 A52 52 0 0 1 296 168 Z" fill="{ink}"/>""",
}


def _tint(colour: str, amount: float) -> str:
    """Mix a '#rrggbb' colour with white; amount 1.0 is pure white."""
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in channels)


def render_svg(colour: str, icon: str) -> str:
    paper = _tint(colour, 0.86)
    shapes = PICTOGRAMS[icon].format(ink=colour, paper=paper)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400">'
        f'<rect width="400" height="400" fill="{paper}"/>'
        f'<circle cx="200" cy="210" r="150" fill="{_tint(colour, 0.74)}"/>'
        f"{shapes}</svg>"
    )


@bp.get("/products/<slug>.svg")
def product_image(slug: str) -> Response:
    row = get_db().execute("SELECT image_colour, image_icon FROM products WHERE slug = ?", (slug,)).fetchone()
    if row is None:
        abort(404)
    return Response(render_svg(row["image_colour"], row["image_icon"]), mimetype="image/svg+xml")
