using System.Globalization;

namespace Timeline.PipelineHarness;

/// <summary>CPU time and memory of a Linux process, read from /proc (no sampling thread, no extra process).</summary>
public static class ProcessProbe
{
    // USER_HZ is 100 on every Linux this runs on; /proc/PID/stat counts CPU time in those ticks.
    private const double TicksPerMillisecond = 0.1;

    /// <summary>User plus system CPU time the process has used so far, or null once it is gone.</summary>
    public static TimeSpan? CpuTime(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its closing one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks / TicksPerMillisecond);
    }

    /// <summary>Resident memory now (VmRSS), in bytes, or null once the process is gone.</summary>
    public static long? ResidentBytes(int pid) => StatusKilobytes(pid, "VmRSS:") * 1024;

    /// <summary>Peak resident memory since the process started (VmHWM), in bytes, or null once it is gone.</summary>
    public static long? PeakResidentBytes(int pid) => StatusKilobytes(pid, "VmHWM:") * 1024;

    /// <summary>Ids of the running processes whose command name (/proc/PID/comm) is <paramref name="name"/>, e.g. beam.smp.</summary>
    public static IReadOnlyList<int> FindByName(string name)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() == name)
                    {
                        found.Add(pid);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The process ended while the folder was listed.
                }
            }
        }
        return found;
    }

    private static long? StatusKilobytes(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            return null;
        }
        return null;
    }
}
