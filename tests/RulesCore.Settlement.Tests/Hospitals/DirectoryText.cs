using System.Text;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Hospitals;

/// <summary>Reading directories from text in the tests, and comparing them by value (records compare lists by reference).</summary>
internal static class DirectoryText
{
    public static string Describe(DirectoryHospital h) =>
        $"{h.Id}|{h.Name}|{h.Region}|{h.Level}|{h.Hospital.CrossRegionServices.Inpatient}|{h.Hospital.CrossRegionServices.GeneralOutpatient}|"
        + $"{string.Join(";", h.Hospital.CrossRegionServices.ChronicConditions)}|{h.Hospital.CrossRegionServices.IntraProvinceOnly}";

    public static string[] Describe(IHospitalDirectory directory) => directory.Hospitals.Select(Describe).ToArray();

    public static (HospitalDirectory? Directory, IReadOnlyList<InputError> Errors) FromJson(string json, HospitalDirectoryOptions? options = null) =>
        FromJson(Encoding.UTF8.GetBytes(json), options);

    public static (HospitalDirectory? Directory, IReadOnlyList<InputError> Errors) FromJson(byte[] bytes, HospitalDirectoryOptions? options = null)
    {
        HospitalDirectory.TryReadJson(new MemoryStream(bytes), out var directory, out var errors, options);
        return (directory, errors);
    }

    public static (HospitalDirectory? Directory, IReadOnlyList<InputError> Errors) FromCsv(string csv, HospitalDirectoryOptions? options = null) =>
        FromCsv(Encoding.UTF8.GetBytes(csv), options);

    public static (HospitalDirectory? Directory, IReadOnlyList<InputError> Errors) FromCsv(byte[] bytes, HospitalDirectoryOptions? options = null)
    {
        HospitalDirectory.TryReadCsv(new MemoryStream(bytes), out var directory, out var errors, options);
        return (directory, errors);
    }

    public const string Header = "id,name,region,level,inpatient,generalOutpatient,chronicConditions,intraProvinceOnly";

    public static string JsonEntry(string id, string region = "420106", string services = """{ "inpatient": true, "generalOutpatient": true }""", string extra = "") =>
        $$"""{ "id": "{{id}}", "region": "{{region}}", {{extra}} "crossRegionServices": {{services}} }""";

    /// <summary>A stream that hands out at most a few bytes per read, so entries and rows straddle every buffer boundary.</summary>
    public sealed class Trickle(byte[] bytes, int seed) : Stream
    {
        private readonly Random _random = new(seed);
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, _random.Next(1, 8)), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>An endless stream of one byte repeated, counting what was read (a device such as /dev/zero).</summary>
    public sealed class Endless(byte fill) : Stream
    {
        public long Consumed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Consumed; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(fill);
            Consumed += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
