"""`warfeed diff` only reads (HARDENING 31, 44): it works beside a real writer process holding
the data dir and on a data dir that is really read-only, as stories and export do."""

import orjson

from tests.core.test_store_readers import NOW, start_writer, warfeed
from tests.diskfaults import read_only
from tests.factories import story
from tui.core.store import Store


def test_diff_reads_while_a_writer_holds_the_data_dir(tmp_path):
    data = tmp_path / "data"
    writer = start_writer(data)
    try:
        result = warfeed("diff", "f:000001", "--json", data_dir=data)
    finally:
        writer.terminate()
        writer.communicate(timeout=60)
    assert "another warfeed" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert orjson.loads(result.stdout)["versions"]


def test_diff_reads_a_read_only_data_dir(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(1, id="f:1", title="Kept story", published=NOW, content="body")])
    with read_only(data):
        result = warfeed("diff", "f:1", "--json", data_dir=data)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert orjson.loads(result.stdout)["versions"][0]["title"] == "Kept story"
