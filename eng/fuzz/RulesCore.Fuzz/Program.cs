// The fuzz driver: `RulesCore.Fuzz case|pack|cli|directory|plan|platform` runs one target under AFL++ (input on standard input, through
// SharpFuzz); `RulesCore.Fuzz TARGET FILE...` replays files through the target and says which break an
// invariant. eng/fuzz/run.sh builds, instruments and runs it.
using RulesCore.Fuzz;
using SharpFuzz;

// Nothing instrumented may run before SharpFuzz has set up the coverage map: the target is looked up inside the run.
if (args.Length == 0 || args[0] is not ("case" or "pack" or "cli" or "directory" or "plan" or "platform"))
{
    Console.Error.WriteLine("usage: RulesCore.Fuzz case|pack|cli|directory|plan|platform [FILE...]");
    return 2;
}

if (args.Length > 1)
{
    var target = FuzzTargets.For(args[0]);
    var failed = 0;
    foreach (var file in args.Skip(1))
    {
        try
        {
            target(File.ReadAllBytes(file));
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
        }
    }

    Console.WriteLine($"{args.Length - 1 - failed} kept every invariant, {failed} broke one");
    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.For(args[0])(buffer.ToArray());
});
return 0;
