using System.Runtime.CompilerServices;

namespace Okr.Core.Internal;

/// <summary>
/// Builds the children and parents of every node as compressed sparse rows in two passes over the same edges: the
/// first counts, <see cref="StartFilling"/> turns counts into row starts, the second writes the edges in the order given.
/// </summary>
internal sealed class EdgeRows
{
    private readonly int count;
    private int[] childFill = [];
    private int[] parentFill = [];
    private bool filling;

    public EdgeRows(int count)
    {
        this.count = count;
        ChildStart = new int[count + 1];
        ParentStart = new int[count + 1];
    }

    public int[] ChildStart { get; }

    public int[] ParentStart { get; }

    public int[] Children { get; private set; } = [];

    public int[] Parents { get; private set; } = [];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Edge(int child, int parent)
    {
        if (filling)
        {
            Children[childFill[parent]++] = child;
            Parents[parentFill[child]++] = parent;
        }
        else
        {
            ChildStart[parent + 1]++;
            ParentStart[child + 1]++;
        }
    }

    public void StartFilling()
    {
        for (int n = 0; n < count; n++)
        {
            ChildStart[n + 1] += ChildStart[n];
            ParentStart[n + 1] += ParentStart[n];
        }

        Children = new int[ChildStart[count]];
        Parents = new int[ParentStart[count]];
        childFill = ChildStart[..count];
        parentFill = ParentStart[..count];
        filling = true;
    }
}
