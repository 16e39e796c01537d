using System.Text;

namespace Okr.Core.Scheduling;

/// <summary>Writes a <see cref="Schedule"/> as Mermaid <c>gantt</c> text.</summary>
internal static class MermaidGantt
{
    public static string Write(Schedule schedule, string? title)
    {
        var text = new StringBuilder();
        text.Append("gantt\n");
        if (!string.IsNullOrWhiteSpace(title))
        {
            text.Append("    title ").Append(Clean(title)).Append('\n');
        }

        text.Append("    dateFormat YYYY-MM-DD\n");
        int n = 0;
        foreach (var group in schedule.WorkItems.GroupBy(t => t.InitiativeId))
        {
            string section = schedule.Initiatives.FirstOrDefault(i => i.Id == group.Key)?.Title ?? group.Key;
            text.Append("    section ").Append(Clean(section)).Append('\n');
            foreach (var task in group)
            {
                n++;
                text.Append("    ").Append(Clean(task.Title)).Append(" :");
                if (task.IsCritical)
                {
                    text.Append("crit, ");
                }

                if (task.State == WorkItemState.Done)
                {
                    text.Append("done, ");
                }
                else if (task.State == WorkItemState.InProgress)
                {
                    text.Append("active, ");
                }

                text.Append(CultureInfo.InvariantCulture, $"t{n}, {task.Start:yyyy-MM-dd}, {task.Days}d\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Mermaid splits task lines on ':' and treats '#' and ';' specially; line breaks end a line.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                ':' => ' ',
                ';' => ',',
                '#' => ' ',
                '\r' or '\n' or '\t' => ' ',
                _ => c,
            });
        }

        return sb.ToString().Trim();
    }
}
