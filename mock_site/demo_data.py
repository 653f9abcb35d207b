"""The fixed demo content of the storefront: sellers, a buyer, products, orders and one old conversation.

Everything here is constant so that every fresh database, and every screenshot, is the same.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from werkzeug.security import generate_password_hash

BUYER_PASSWORD = "buyer-pass-123"
SELLER_PASSWORD = "seller-pass-123"

# key, email, store name, about text. Inserted first, so Northwind Outfitters is seller 1.
SELLERS = [
    (
        "northwind",
        "northwind@example.com",
        "Northwind Outfitters",
        "Outdoor gear for day hikes and weekend trips, tested on the trails of the Pacific Northwest. "
        "Family-run since 2009 and shipping from Portland, Oregon.",
    ),
    (
        "casabonita",
        "casabonita@example.com",
        "Casa Bonita Kitchenware",
        "Cookware and tableware made to be used every day and handed down. "
        "We work with small workshops in Spain and Mexico and ship from Austin, Texas.",
    ),
    (
        "brightline",
        "brightline@example.com",
        "Brightline Electronics",
        "Headphones, lighting and charging gear chosen for good design and long battery life. "
        "Every product comes with a two-year Brightline warranty.",
    ),
]

BUYER = ("alex@example.com", "Alex Morgan")

# seller key, slug, name, description, price in cents, image colour, image pictogram
PRODUCTS = [
    (
        "northwind",
        "trailrunner-40l-hiking-backpack",
        "Trailrunner 40L Hiking Backpack",
        "A lightweight 40-litre pack built for long day hikes and overnight trips. The ventilated back "
        "panel and padded hip belt keep the load steady on rough trails, and the water-resistant fabric "
        "shrugs off light rain. Includes a hydration sleeve and two stretch side pockets.",
        8999,
        "#2f6b4f",
        "backpack",
    ),
    (
        "northwind",
        "summit-insulated-water-bottle-750ml",
        "Summit Insulated Water Bottle, 750 ml",
        "Double-wall stainless steel keeps drinks cold for 24 hours or hot for 12. The leak-proof lid has "
        "a carry loop that clips onto a pack strap. Dishwasher safe and free of BPA.",
        2495,
        "#1d5f8a",
        "bottle",
    ),
    (
        "northwind",
        "ridgeline-2-person-dome-tent",
        "Ridgeline 2-Person Dome Tent",
        "A freestanding three-season tent that pitches in under five minutes with colour-coded poles. "
        "Two doors and two vestibules give each sleeper their own way in and room for boots and gear. "
        "Packs down to 2.1 kg.",
        17900,
        "#b4561f",
        "tent",
    ),
    (
        "casabonita",
        "pre-seasoned-cast-iron-skillet-10-inch",
        "Pre-Seasoned Cast Iron Skillet, 10-inch",
        "Heavy cast iron that holds heat evenly for searing, frying and baking. It arrives seasoned with "
        "vegetable oil, so it is ready for the stove, oven or campfire straight out of the box. "
        "It gets more non-stick with every use.",
        3450,
        "#3f3f46",
        "skillet",
    ),
    (
        "casabonita",
        "stoneware-pour-over-coffee-set",
        "Stoneware Pour-Over Coffee Set",
        "A hand-glazed ceramic dripper with a matching 600 ml carafe and two cups. The spiral ribs inside "
        "the dripper help water flow evenly for a clean, balanced brew. Uses standard size 02 paper filters.",
        4200,
        "#a3472f",
        "coffee",
    ),
    (
        "casabonita",
        "olive-wood-serving-board",
        "Olive Wood Serving Board",
        "Cut from a single piece of Mediterranean olive wood, so every board has its own grain pattern. "
        "Large enough for a cheese and charcuterie spread for four. Finished with food-safe mineral oil.",
        2999,
        "#6b6a2a",
        "board",
    ),
    (
        "brightline",
        "pulse-anc-wireless-headphones",
        "Pulse ANC Wireless Headphones",
        "Over-ear headphones with active noise cancelling and up to 35 hours of battery life. Memory-foam "
        "cushions stay comfortable on long flights, and a 10-minute charge gives 5 hours of playback. "
        "Connects to two devices at once over Bluetooth 5.3.",
        12999,
        "#4338ca",
        "headphones",
    ),
    (
        "brightline",
        "lumen-led-desk-lamp-usb-c",
        "Lumen LED Desk Lamp with USB-C Charging",
        "An adjustable aluminium lamp with five brightness levels and three colour temperatures. The base "
        "has a USB-C port for charging a phone while you work. Flicker-free light is easy on the eyes "
        "during long evenings.",
        4995,
        "#8a5a0b",
        "lamp",
    ),
]

# order number, placed at, status, [(product slug, quantity)]; all before the guide's 2 March 2026.
ORDERS = [
    ("112-3941872-5520318", "2026-01-14T16:42:00+00:00", "Delivered", [("pulse-anc-wireless-headphones", 1)]),
    (
        "112-7265019-8843207",
        "2026-02-03T11:05:00+00:00",
        "Delivered",
        [("summit-insulated-water-bottle-750ml", 2)],
    ),
    (
        "112-5820463-1179654",
        "2026-02-19T19:27:00+00:00",
        "Shipped",
        [("pre-seasoned-cast-iron-skillet-10-inch", 1), ("olive-wood-serving-board", 1)],
    ),
]

# The Message Center's history: Alex asked Casa Bonita about the shipped order above.
OLD_CONVERSATION_ORDER = "112-5820463-1179654"
OLD_CONVERSATION_CATEGORY = "Order status"
OLD_MESSAGES = [
    (
        "buyer",
        "2026-02-24T08:15:00+00:00",
        "Hello, my order 112-5820463-1179654 has shown as Shipped since 20 February, but the tracking "
        "page hasn't updated for three days. Could you check where the parcel is?",
    ),
    (
        "seller",
        "2026-02-24T14:02:00+00:00",
        "Hi Alex, thanks for letting us know. The carrier had a backlog at its regional hub; your parcel "
        "is moving again and should arrive by 3 March. If it hasn't arrived by then, reply here and we "
        "will send a replacement.",
    ),
]


@cache
def _password_hash(password: str) -> str:
    # Hashing is deliberately slow; tests build many databases, so hash each password once per process.
    return generate_password_hash(password)


def load_demo_data(db: sqlite3.Connection) -> None:
    seller_ids: dict[str, int] = {}
    for key, email, name, about in SELLERS:
        seller_ids[key] = _insert(
            db,
            "INSERT INTO users (email, display_name, password_hash, role, about)"
            " VALUES (?, ?, ?, 'seller', ?)",
            (email, name, _password_hash(SELLER_PASSWORD), about),
        )
    buyer_id = _insert(
        db,
        "INSERT INTO users (email, display_name, password_hash, role) VALUES (?, ?, ?, 'buyer')",
        (*BUYER, _password_hash(BUYER_PASSWORD)),
    )

    products: dict[str, tuple[int, int]] = {}  # slug -> (id, price)
    for seller, slug, name, description, price, colour, icon in PRODUCTS:
        product_id = _insert(
            db,
            "INSERT INTO products (seller_id, slug, name, description, price_cents, image_colour, image_icon)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seller_ids[seller], slug, name, description, price, colour, icon),
        )
        products[slug] = (product_id, price)

    order_ids: dict[str, int] = {}
    for number, placed_at, status, items in ORDERS:
        order_id = _insert(
            db,
            "INSERT INTO orders (order_number, buyer_id, placed_at, status) VALUES (?, ?, ?, ?)",
            (number, buyer_id, placed_at, status),
        )
        order_ids[number] = order_id
        for slug, quantity in items:
            product_id, price = products[slug]
            db.execute(
                "INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents)"
                " VALUES (?, ?, ?, ?)",
                (order_id, product_id, quantity, price),
            )

    senders = {"buyer": buyer_id, "seller": seller_ids["casabonita"]}
    conversation_id = _insert(
        db,
        "INSERT INTO conversations (buyer_id, seller_id, order_id, category, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            buyer_id,
            seller_ids["casabonita"],
            order_ids[OLD_CONVERSATION_ORDER],
            OLD_CONVERSATION_CATEGORY,
            OLD_MESSAGES[0][1],
            OLD_MESSAGES[-1][1],
        ),
    )
    for sender, created_at, body in OLD_MESSAGES:
        db.execute(
            "INSERT INTO messages (conversation_id, sender_id, body, created_at) VALUES (?, ?, ?, ?)",
            (conversation_id, senders[sender], body, created_at),
        )


def _insert(db: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> int:
    row_id = db.execute(sql, params).lastrowid
    assert row_id is not None  # always set after a successful INSERT
    return row_id
