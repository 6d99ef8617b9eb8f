#!/usr/bin/env python3
"""check-flatpak.py — checks the Flatpak manifest (flatpak/APP_ID.json).

Usage: check-flatpak.py MANIFEST APP_ID

The manifest must be valid JSON for app APP_ID on the GNOME runtime, run
`medplan`, ask for no network and no broad file system access (files come
through the portal), show itself on Wayland with the X11 fallback, and pin
every source: archives and files by sha256, git sources by commit. Prints
each problem and exits 1 when there is one."""

import json
import re
import sys

FORBIDDEN_SHARES = {"network"}
FORBIDDEN_FILESYSTEMS = {"home", "host", "host-os", "host-etc", "~", "/"}
REQUIRED_ARGS = ["--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--device=dri"]
SHA256 = re.compile(r"^[0-9a-f]{64}$")
COMMIT = re.compile(r"^[0-9a-f]{40}$")


def check_sources(module, where, problems):
    sources = module.get("sources", [])
    if not sources:
        problems.append(f"{where}: no sources")
    for i, source in enumerate(sources):
        here = f"{where}, source {i + 1}"
        if isinstance(source, str):
            problems.append(f"{here}: an external source file ({source}) is not checked; write it inline")
            continue
        kind = source.get("type")
        if kind in ("archive", "file"):
            if "url" not in source and "path" not in source:
                problems.append(f"{here}: {kind} source without url or path")
            if not SHA256.match(source.get("sha256", "")):
                problems.append(f"{here}: {kind} source {source.get('url', source.get('path'))} is not pinned by a sha256")
        elif kind == "git":
            if not COMMIT.match(source.get("commit", "")):
                problems.append(f"{here}: git source {source.get('url')} is not pinned by a commit")
        elif kind == "dir":
            if source.get("path") != "..":
                problems.append(f"{here}: a dir source must be the project itself (\"..\"), not {source.get('path')}")
        elif kind in ("patch", "script", "shell", "inline"):
            if kind == "patch" and "url" in source and not SHA256.match(source.get("sha256", "")):
                problems.append(f"{here}: remote patch is not pinned by a sha256")
        else:
            problems.append(f"{here}: unknown source type {kind!r}")
    for j, sub in enumerate(module.get("modules", [])):
        if isinstance(sub, dict):
            check_sources(sub, f"{where} > {sub.get('name', j + 1)}", problems)
        else:
            problems.append(f"{where}: an external module file ({sub}) is not checked; write it inline")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, app_id = sys.argv[1], sys.argv[2]
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{path}: not a readable JSON manifest: {e}")
        return 1

    problems = []
    found_id = manifest.get("id", manifest.get("app-id"))
    if found_id != app_id:
        problems.append(f"app id is {found_id!r}, not {app_id!r}")
    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
        problems.append("the runtime must be org.gnome.Platform with org.gnome.Sdk")
    if not str(manifest.get("runtime-version", "")).isdigit():
        problems.append(f"runtime-version {manifest.get('runtime-version')!r} is not a GNOME release")
    if manifest.get("command") != "medplan":
        problems.append(f"command is {manifest.get('command')!r}, not 'medplan'")

    args = manifest.get("finish-args", [])
    for arg in args:
        if arg.startswith("--share=") and arg[len("--share="):] in FORBIDDEN_SHARES:
            problems.append(f"finish-args: {arg} is not allowed (Medplan works offline)")
        if arg.startswith("--filesystem="):
            target = arg[len("--filesystem="):].split(":")[0]
            if target in FORBIDDEN_FILESYSTEMS or target.startswith("/") or target.startswith("~"):
                problems.append(f"finish-args: {arg} is not allowed (files come through the portal)")
    for arg in REQUIRED_ARGS:
        if arg not in args:
            problems.append(f"finish-args: {arg} is missing")

    modules = manifest.get("modules", [])
    names = [m.get("name") for m in modules if isinstance(m, dict)]
    if not names or names[-1] != "medplan":
        problems.append("the last module must be medplan")
    for i, module in enumerate(modules):
        if isinstance(module, dict):
            check_sources(module, f"module {module.get('name', i + 1)}", problems)
        else:
            problems.append(f"module {i + 1}: an external module file ({module}) is not checked; write it inline")

    for problem in problems:
        print(f"{path}: {problem}")
    if not problems:
        print(f"{path}: {app_id}, {len(modules)} modules, every source pinned")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
