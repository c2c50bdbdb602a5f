import { useQuery } from '@tanstack/react-query';
import type { ComplianceVerdict } from '../../../api/models';
import { checkCompliance } from '../../../api/shares';
import { useDebounced } from '../../../hooks/useDebounced';

/**
 * The compliance guard's verdict on the text, asked for a moment after typing stops. Only
 * advice: approval checks again and shows its own sentence, so a failed check shows nothing.
 */
export function useComplianceCheck(text: string): ComplianceVerdict | null {
  const settled = useDebounced(text, 400);
  const check = useQuery({
    queryKey: ['compliance-check', settled],
    queryFn: ({ signal }) => checkCompliance(settled, signal),
    enabled: settled.trim() !== '',
    // The rules may change at any time: each settled text is asked about afresh.
    staleTime: 0,
  });
  // A verdict about older words is not shown once they are gone.
  return text.trim() !== '' && check.data ? check.data : null;
}
