"""Raw bytes -> clean simplified text.  OWNER: normaliser helper (placeholder)."""
from etl.records import NormalisedText, UnreadableFile


def decode(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise UnreadableFile with a Chinese reason."""
    if not raw.strip():
        raise UnreadableFile("空文件")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        raise UnreadableFile("无法识别文件编码") from exc


def normalise(text: str) -> NormalisedText:
    return NormalisedText(text=text, script="hans")
