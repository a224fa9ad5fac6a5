"""The command line, run in-process on a SQLite file."""

from __future__ import annotations

import io

import pytest

from rumahbatik import cli
from rumahbatik.db import Database, migrate
from rumahbatik.services import demo, settings, users


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'x.sqlite3'}"


@pytest.fixture
def run(capsys):
    def _run(*argv, stdin=None):
        if stdin is not None:
            import sys

            old = sys.stdin
            sys.stdin = io.StringIO(stdin)
        try:
            code = cli.main(list(argv))
        finally:
            if stdin is not None:
                sys.stdin = old
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def _open(url):
    return Database(url)


def _usernames(url):
    db = _open(url)
    try:
        admin = users.login(db, *demo.DEMO_ADMIN)
        return sorted(u.username for u in users.list_users(db, admin))
    finally:
        db.dispose()


def test_db_upgrade(run, url, tmp_path):
    code, out, err = run("db", "upgrade", "--db", url)
    assert code == 0, err
    assert migrate.head_revision() in out
    db = _open(url)
    try:
        assert migrate.current_revision(db) == migrate.head_revision()
    finally:
        db.dispose()


def test_db_option_before_the_command(run, url):
    code, out, _ = run("--db", url, "db", "upgrade")
    assert code == 0
    assert str(url.removeprefix("sqlite:///")) in out


def test_db_url_from_the_environment(run, url, monkeypatch):
    monkeypatch.setenv("RUMAHBATIK_DB_URL", url)
    code, out, _ = run("db", "upgrade")
    assert code == 0
    assert url.removeprefix("sqlite:///") in out


def test_default_database_is_in_the_data_folder(run, data_dir):
    code, out, _ = run("db", "upgrade")
    assert code == 0
    assert (data_dir / "rumahbatik.sqlite3").is_file()


def test_demo_then_refused_then_forced(run, url):
    code, out, err = run("demo", "--db", url)
    assert code == 0, err
    assert "admin / admin" in out
    assert _usernames(url) == sorted(name for name, _, _ in demo.USERS)

    code, out, err = run("demo", "--db", url)
    assert code == 2
    assert out == ""
    assert err.startswith("rumahbatik: ")
    assert "--force" in err and "sudah berisi data" in err

    code, out, err = run("demo", "--force", "--db", url)
    assert code == 0, err


def test_user_add_reads_the_password_from_stdin(run, url):
    run("demo", "--db", url)
    code, out, err = run(
        "user",
        "add",
        "budi",
        "--role",
        "staff",
        "--full-name",
        "Budi Santoso",
        "--password-stdin",
        "--db",
        url,
        stdin="kata-sandi-budi\n",
    )
    assert code == 0, err
    assert "budi" in out and "staff" in out
    db = _open(url)
    try:
        actor = users.login(db, "budi", "kata-sandi-budi")
        assert actor.full_name == "Budi Santoso"
    finally:
        db.dispose()


def test_user_add_refusals_exit_2(run, url):
    run("demo", "--db", url)
    code, _, err = run(
        "user", "add", "budi", "--role", "staff", "--password-stdin", "--db", url, stdin="short\n"
    )
    assert code == 2
    assert "minimal 8 karakter" in err
    code, _, err = run(
        "user",
        "add",
        "dewi",
        "--role",
        "staff",
        "--password-stdin",
        "--db",
        url,
        stdin="long-enough-1\n",
    )
    assert code == 2
    assert "sudah dipakai" in err


def test_user_add_asks_twice_without_stdin(run, url, monkeypatch):
    run("demo", "--db", url)
    answers = iter(["satu-password", "dua-password"])
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt="": next(answers))
    code, _, err = run("user", "add", "budi", "--role", "staff", "--db", url)
    assert code == 2
    assert "tidak sama" in err


def test_user_add_unknown_role_is_an_argparse_error(run, url):
    with pytest.raises(SystemExit) as exc:
        run("user", "add", "budi", "--role", "boss", "--db", url)
    assert exc.value.code == 2


def test_export_list(run):
    code, out, _ = run("export", "--list")
    assert code == 0
    names = [line.split("\t")[0] for line in out.splitlines()]
    assert {"users", "audit"} <= set(names)


def test_export_users_xlsx_and_csv(run, url, tmp_path):
    from openpyxl import load_workbook

    run("demo", "--db", url)
    out_file = tmp_path / "f.xlsx"
    code, out, err = run("export", "users", "--out", str(out_file), "--db", url)
    assert code == 0, err
    assert f"{len(demo.USERS)} rows" in out
    ws = load_workbook(out_file).active
    assert ws.max_row == len(demo.USERS) + 1
    assert {ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)} == {
        name for name, _, _ in demo.USERS
    }

    csv_file = tmp_path / "audit.csv"
    code, out, err = run("export", "audit", "--out", str(csv_file), "--db", url)
    assert code == 0, err
    assert csv_file.read_text(encoding="utf-8").startswith("Waktu,Pengguna,Tindakan")


def test_export_errors(run, url, tmp_path):
    code, _, err = run("export", "users", "--db", url)
    assert code == 2 and "--out" in err
    code, _, err = run("export", "nothing", "--out", str(tmp_path / "x.csv"), "--db", url)
    assert code == 2 and "Tidak ada ekspor bernama nothing" in err
    code, _, err = run("export", "users", "--out", str(tmp_path / "x.pdf"), "--db", url)
    assert code == 2 and ".csv or .xlsx" in err


def test_backup_and_restore(run, url, tmp_path, data_dir):
    run("demo", "--db", url)
    backup_file = tmp_path / "b.rbbackup"
    code, out, err = run("backup", str(backup_file), "--db", url)
    assert code == 0, err
    assert backup_file.is_file() and "Backup written" in out

    db = _open(url)
    try:
        admin = users.login(db, *demo.DEMO_ADMIN)
        users.add_user(db, admin, "budi", "kata-sandi-budi", "staff")
        settings.update_settings(db, admin, {"centre_city": "Surabaya"})
    finally:
        db.dispose()
    assert "budi" in _usernames(url)

    code, out, err = run("restore", str(backup_file), "--db", url)
    assert code == 0, err
    assert "restored from" in out
    assert "budi" not in _usernames(url)
    previous = list((data_dir / "backups").glob("before-restore-*.rbbackup"))
    assert len(previous) == 1 and str(previous[0]) in out
    db = _open(url)
    try:
        assert settings.get_settings(db).centre_city == "Probolinggo"
    finally:
        db.dispose()


def test_restore_refuses_a_bad_file(run, url, tmp_path):
    run("demo", "--db", url)
    bad = tmp_path / "bad.rbbackup"
    bad.write_text("hello")
    code, _, err = run("restore", str(bad), "--db", url)
    assert code == 2
    assert "bukan cadangan Rumah Batik" in err


def test_cli_writes_its_log_in_the_data_folder(run, url, data_dir):
    run("db", "upgrade", "--db", url)
    assert (data_dir / "logs" / "rumahbatik.log").is_file()


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["db", "--help"],
        ["db", "upgrade", "--help"],
        ["user", "--help"],
        ["user", "add", "--help"],
        ["demo", "--help"],
        ["export", "--help"],
        ["backup", "--help"],
        ["restore", "--help"],
    ],
)
def test_help(run, argv, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: rumahbatik" + "".join(f" {a}" for a in argv[:-1]))


def test_version(capsys):
    from rumahbatik import __version__

    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_the_cli_actor_is_an_admin():
    from rumahbatik.domain.roles import Role
    from rumahbatik.services.context import system_actor

    actor = system_actor()
    assert actor.role is Role.ADMIN and actor.user_id is None
    assert actor.username.startswith("cli:") and len(actor.username) <= 32


def test_missing_command_arguments_are_usage_errors(run):
    for argv in (["db"], ["user"], ["backup"], ["restore"]):
        with pytest.raises(SystemExit) as exc:
            run(*argv)
        assert exc.value.code == 2


@pytest.mark.parametrize(
    ("bad_url", "reason"),
    [
        ("postgresql+psycopg://nobody@127.0.0.1:1/nothing", "Connection refused"),
        ("sqlite:///{tmp}", "unable to open database file"),
    ],
    ids=["postgresql-refused", "sqlite-directory"],
)
def test_unreachable_database_is_a_message_not_a_traceback(run, tmp_path, bad_url, reason):
    code, out, err = run("db", "upgrade", "--db", bad_url.format(tmp=tmp_path))
    assert code == 2
    # one line, in whatever language the messages are in, with the driver's reason
    assert err.startswith("rumahbatik: ") and reason in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
