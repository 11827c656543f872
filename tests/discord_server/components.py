"""Message components and modals as a user meets them: finding a button, filling a modal."""

from __future__ import annotations

from typing import Any


def find_component(components: list[dict[str, Any]], custom_id: str) -> dict[str, Any] | None:
    """The component with ``custom_id`` anywhere in a message's component tree."""
    for component in components:
        if component.get("custom_id") == custom_id:
            return component
        children = list(component.get("components") or [])
        for key in ("component", "accessory"):
            if isinstance(component.get(key), dict):
                children.append(component[key])
        found = find_component(children, custom_id)
        if found is not None:
            return found
    return None


def filled_modal(modal: dict[str, Any], values: dict[str, str]) -> list[dict[str, Any]]:
    """The submitted components of ``modal``, mirroring its layout (action rows or labels)."""
    known = {c["custom_id"] for c in _text_inputs(modal.get("components") or [])}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"the modal has no text inputs {sorted(unknown)}; it has {sorted(known)}")
    submitted = []
    for row in modal.get("components") or []:
        if "component" in row:
            inner = row["component"]
            submitted.append({"type": row["type"], "component": _submitted_input(inner, values)})
        else:
            submitted.append({"type": row.get("type", 1),
                              "components": [_submitted_input(c, values) for c in row.get("components") or []]})
    return submitted


def _text_inputs(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for component in components:
        if "custom_id" in component:
            found.append(component)
        found.extend(_text_inputs(list(component.get("components") or [])
                                  + ([component["component"]] if "component" in component else [])))
    return found


def _submitted_input(component: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
    return {"type": component.get("type"), "custom_id": component.get("custom_id"),
            "value": values.get(component.get("custom_id", ""), "")}
