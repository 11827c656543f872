"""Faults injected on demand: failing REST routes and withheld heartbeat ACKs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

RATE_LIMITED = 429


@dataclass
class RouteFault:
    """Answer the next ``times`` requests matching ``method`` and ``path_regex`` with ``status``."""

    method: str
    path_regex: re.Pattern[str]
    status: int
    times: int
    retry_after: float
    global_: bool
    once_per_path: bool = False

    def matches(self, method: str, path: str) -> bool:
        return self.times > 0 and self.method in ("*", method) and self.path_regex.search(path) is not None

    def body(self) -> dict[str, Any]:
        if self.status == RATE_LIMITED:
            return {"message": "You are being rate limited.", "retry_after": self.retry_after,
                    "global": self.global_, "code": 0}
        return {"message": f"{self.status}: Injected server error", "code": 0}

    def headers(self) -> dict[str, str]:
        if self.status != RATE_LIMITED:
            return {}
        # discord.py honours a 429 only when it carries Via (else it assumes a Cloudflare ban).
        headers = {"Via": "1.1 google", "Retry-After": str(max(1, round(self.retry_after)))}
        if self.global_:
            headers["X-RateLimit-Global"] = "true"
        headers["X-RateLimit-Scope"] = "global" if self.global_ else "user"
        return headers


class Faults:
    """The pending faults of one server."""

    def __init__(self) -> None:
        self.routes: list[RouteFault] = []
        self.withheld_acks = 0
        self.injected: list[tuple[str, str, int]] = []
        self._failed_paths: set[str] = set()

    def fail_route(self, method: str, path_regex: str, status: int, times: int, retry_after: float,
                   global_: bool, once_per_path: bool) -> RouteFault:
        fault = RouteFault(method.upper(), re.compile(path_regex), status, times, retry_after, global_, once_per_path)
        self.routes.append(fault)
        return fault

    def take_route_fault(self, method: str, path: str) -> RouteFault | None:
        """The fault to apply to this request, using up one of its ``times``."""
        for fault in self.routes:
            if fault.matches(method, path) and not (fault.once_per_path and path in self._failed_paths):
                fault.times -= 1
                self._failed_paths.add(path)
                self.injected.append((method, path, fault.status))
                self.routes = [f for f in self.routes if f.times > 0]
                return fault
        return None

    def take_withheld_ack(self) -> bool:
        """True when this heartbeat's ACK must be withheld."""
        if self.withheld_acks <= 0:
            return False
        self.withheld_acks -= 1
        return True
