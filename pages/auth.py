"""Sign-in for the explorer (a helper module, not a page): decides who the
person in this session is before any page runs, and gives pages the one
permission check their writes call.

``gate()`` runs first in app.py. It refuses to serve (a message on the page
and in the log, no data) when the explorer is reachable from the network
without sign-in; shows the sign-in page (OpenID Connect buttons and/or the
users-file form) until the person is known; and returns their
``graph.access.Actor``. The rules themselves live in ``graph.access``.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path

import streamlit as st

from graph import access

log = logging.getLogger("tradegraph.access")
_ACTOR = "_tradegraph_actor"  # set by code only; no widget has this key
_logged: set[str] = set()


def secrets() -> dict:
    """The app's secrets as a plain dict ({} without a secrets.toml). A
    secrets file that exists but cannot be parsed is an error, not {}."""
    from streamlit.errors import StreamlitSecretNotFoundError

    try:
        return st.secrets.to_dict()
    except StreamlitSecretNotFoundError as exc:
        files = st.get_option("secrets.files") or []
        if any(Path(f).is_file() for f in files):
            raise access.AccessConfigError(f"secrets.toml cannot be read: {exc}") from exc
        return {}


def _only(render, title: str) -> None:
    """Show ``render`` as the app's only page and end the run. Declaring it
    with st.navigation keeps Streamlit from offering the files in pages/ on
    their own, so no page can be opened past the gate by its URL."""
    st.navigation([st.Page(render, title=title, default=True)], position="hidden").run()
    st.stop()


def _refuse(message: str) -> None:
    if message not in _logged:
        _logged.add(message)
        log.error("tradegraph refuses to serve: %s", message)

    def not_available() -> None:
        st.title("tradegraph is not available")
        st.error(message)

    _only(not_available, "Not available")


def config() -> access.AccessConfig:
    """The access configuration, or the refusal page when it is unusable."""
    try:
        return access.load_config(secrets())
    except access.AccessConfigError as exc:
        _refuse(f"The sign-in configuration is unusable: {exc}")
        raise  # not reached: st.stop() ends the run


def _proxied() -> bool:
    headers = st.context.headers or {}
    return any(headers.get(h) for h in ("X-Forwarded-For", "X-Real-Ip", "Forwarded"))


def gate() -> access.Actor:
    """The person using this session; stops the run with the refusal or the
    sign-in page until there is one."""
    cfg = config()
    problem = access.startup_problem(cfg, st.get_option("server.address"), _proxied())
    if problem:
        _refuse(problem)
    if not cfg.configured:
        return _keep(access.local_actor(cfg))
    current = st.session_state.get(_ACTOR)
    if current is not None and current.via == "password" and cfg.users_file:
        # the file is read again on every run: a removed user is out, a changed role applies at once
        try:
            entry = access.UsersFile.load(cfg.users_file).users.get(current.name)
        except access.AccessConfigError as exc:
            _refuse(f"The sign-in configuration is unusable: {exc}")
        if entry is not None:
            return _keep(access.Actor(current.name, entry["role"], "password", read_only=cfg.read_only))
        st.session_state.pop(_ACTOR, None)
    claims = st.user.to_dict()
    if cfg.oidc_providers and claims.get("is_logged_in"):
        try:
            return _keep(access.oidc_actor(cfg, claims))
        except access.AccessDenied as exc:
            refused = str(exc)

            def not_authorised() -> None:
                st.title("Not authorised")
                st.error(refused)
                if st.button("Sign out", key="auth_logout"):
                    st.logout()

            _only(not_authorised, "Not authorised")

    def sign_in() -> None:
        sign_in_page(cfg)

    _only(sign_in, "Sign in")
    raise AssertionError("not reached")


def _keep(actor: access.Actor) -> access.Actor:
    st.session_state[_ACTOR] = actor
    with st.sidebar:
        st.caption(f"Signed in as **{actor.describe()}**" if actor.via in ("password", "oidc")
                   else f"**{actor.describe()}**")
        if actor.via in ("password", "oidc") and st.button("Sign out", key="auth_logout"):
            sign_out(actor)
    return actor


def sign_out(actor: access.Actor) -> None:
    st.session_state.pop(_ACTOR, None)
    if actor.via == "oidc":
        st.logout()
    st.rerun()


def sign_in_page(cfg: access.AccessConfig) -> None:
    """OpenID Connect buttons for each configured provider and, with a users
    file, the name-and-password form."""
    st.title("Sign in to tradegraph")
    if cfg.read_only:
        st.caption("This explorer is read-only: you can explore, query and export, but nobody can change the graph.")
    labels = (secrets().get("tradegraph") or {}).get("provider_labels") or {}
    for provider in cfg.oidc_providers:
        label = labels.get(provider) or ("your organisation's account" if provider == "default"
                                         else provider.capitalize())
        if st.button(f"Sign in with {label}", key=f"login_{provider}", type="primary"):
            st.login(None if provider == "default" else provider)
    if cfg.users_file:
        if cfg.oidc_providers:
            st.caption("or with a name and password from this explorer's users file:")
        with st.form("password_login"):
            name = st.text_input("User name", key="login_name")
            password = st.text_input("Password", type="password", key="login_password")
            submitted = st.form_submit_button("Sign in", type="primary")
        if submitted:
            try:
                actor = access.UsersFile.load(cfg.users_file).check(name.strip(), password, cfg.read_only)
            except (access.AccessDenied, access.AccessConfigError) as exc:
                access.record(None, "sign-in", f"refused: {exc}", name=name.strip()[:64])
                st.error(str(exc))
                return
            access.record(actor, "sign-in", "done")
            st.session_state[_ACTOR] = actor
            st.rerun()


def current() -> access.Actor | None:
    """The person in this session (None before sign-in)."""
    return st.session_state.get(_ACTOR)


def can(right: str) -> bool:
    """Whether to offer an action; the write itself still calls ``audited``."""
    actor = current()
    return actor is not None and actor.can(right)


def require_page(right: str) -> access.Actor:
    """At the top of a page only editors may use: stop with a message otherwise."""
    try:
        return access.require(current(), right)
    except access.AccessDenied as exc:
        st.error(str(exc))
        st.stop()
        raise


@contextmanager
def audited(right: str, action: str, **details):
    """Around a write: refuses (``AccessDenied``) unless this session's person
    has ``right``, and records the write in the audit log."""
    with access.audited(current(), right, action, **details) as extra:
        yield extra
