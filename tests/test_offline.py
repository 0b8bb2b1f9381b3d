"""The app never touches the network: conftest refuses and records any attempt."""

import socket

import pytest


def test_the_guard_refuses_internet_sockets(_no_network):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(AssertionError):
        sock.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed
    # Forget this deliberate attempt so the session-wide check stays meaningful.
    _no_network.clear()


def test_the_guard_refuses_name_lookups(_no_network):
    with pytest.raises(AssertionError):
        socket.getaddrinfo("example.org", 443)
    _no_network.clear()
