using RulesCore.Settlement.Model;
using Sylvan.Data.Csv;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// The text of the record a <see cref="CsvDataReader"/> has just read (its line break included), and what RFC 4180
/// forbids in it that the reader's lax style reads past without a word: a quote not closed, a closing quote followed by
/// more text, a quote inside an unquoted field — and a line that ends with a carriage return alone. (Sylvan's standard
/// style throws at the first two and cannot go on to the next row; it takes the third as text.) The record's fields,
/// its rows and their count are the reader's; this only looks at the quotes and the line break.
/// </summary>
internal sealed class CsvRecordText
{
    public static readonly LocalizedText NotClosed = new("带引号的字段直到文档结束都没有闭合。", "A quoted field is not closed before the end of the document.");
    public static readonly LocalizedText TextAfterQuote = new("带引号的字段后面应紧跟逗号或换行。", "A quoted field must be followed by a comma or a line break.");
    public static readonly LocalizedText QuoteInside = new("未加引号的字段中有引号：应给整个字段加引号，并把其中的引号写两遍。", "A quote inside an unquoted field: quote the whole field and double the quote.");

    private char[] _text = new char[1024];
    private int _length;

    /// <summary>Gets whether the record is an empty line: nothing before its line break, not even a quoted empty field.</summary>
    public bool IsBlank => _length > 0 && _text[0] is '\n' or '\r';

    /// <summary>Gets whether the record ends with a carriage return that no line feed follows (outside quotes).</summary>
    public bool EndsWithBareCarriageReturn { get; private set; }

    /// <summary>Gets the first malformed quote: its column (1-based) and what is wrong; <see langword="null"/> when none.</summary>
    public (int Column, LocalizedText Message)? Problem { get; private set; }

    /// <summary>Takes the text of the record the reader has just read, and checks it.</summary>
    public void Load(CsvDataReader csv)
    {
        _length = csv.GetRawRecord(null, 0);
        if (_length > _text.Length)
        {
            _text = new char[Math.Max(_length, 2 * _text.Length)];
        }

        if (_length > 0)
        {
            csv.GetRawRecord(_text, 0);
        }

        Problem = null;
        var open = Array.IndexOf(_text, '"', 0, _length) >= 0 && CheckQuotes();
        EndsWithBareCarriageReturn = !open && _length > 0 && _text[_length - 1] == '\r';
    }

    /// <summary>Finds the first malformed quote (<see cref="Problem"/>); returns whether the record ends inside quotes.</summary>
    private bool CheckQuotes()
    {
        var text = _text;
        var n = _length;
        var column = 1;
        var i = 0;
        while (true)
        {
            if (i < n && text[i] == '"')
            {
                // A quoted field: up to a quote that no second quote follows.
                i++;
                while (true)
                {
                    if (i == n)
                    {
                        Problem ??= (column, NotClosed);
                        return true;
                    }

                    if (text[i++] == '"')
                    {
                        if (i < n && text[i] == '"')
                        {
                            i++;
                            continue;
                        }

                        break;
                    }
                }

                if (i < n && text[i] is not (',' or '\n' or '\r'))
                {
                    Problem ??= (column, TextAfterQuote);
                }
            }

            // An unquoted field, or what follows a closing quote: up to a comma or the line break.
            for (; i < n && text[i] is not (',' or '\n' or '\r'); i++)
            {
                if (text[i] == '"')
                {
                    Problem ??= (column, QuoteInside);
                }
            }

            if (i == n || text[i] != ',')
            {
                return false;
            }

            i++;
            column++;
        }
    }
}
