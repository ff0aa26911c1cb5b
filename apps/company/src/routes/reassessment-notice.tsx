import { formatDate, Notice, Paragraph } from '@stelsel/ui';

interface Due {
  id: string;
  reassessmentDue: string;
  needsReassessment: boolean;
  qualification: { name: string; crebo: string };
}

/**
 * An accreditation past its reassessment date (issue 9 §5): what happens next and what the company
 * can do, instead of "Actief" beside a passed date.
 */
export function ReassessmentNotice({ accreditations }: { accreditations: readonly Due[] }) {
  const due = accreditations.filter((a) => a.needsReassessment);
  if (due.length === 0) return null;
  return (
    <Notice title={due.length === 1 ? 'Herbeoordeling verlopen' : `${due.length} herbeoordelingen verlopen`}>
      <ul>
        {due.map((a) => (
          <li key={a.id}>
            {a.qualification.name} (crebo {a.qualification.crebo}): uiterlijk {formatDate(a.reassessmentDue)}
          </li>
        ))}
      </ul>
      <Paragraph>
        <strong>Wat gebeurt er nu?</strong> SBB beoordeelt elke erkenning om de 4 jaar opnieuw en neemt contact met u op
        om de herbeoordeling te plannen. Tot SBB besluit blijft uw erkenning geldig en kunt u plaatsen blijven
        aanbieden.
      </Paragraph>
      <Paragraph>
        <strong>Wat kunt u doen?</strong> Zorg dat uw praktijkopleiders en hun gegevens kloppen, en neem contact op met
        uw adviseur praktijkleren van SBB als u binnen een maand niets hoort.
      </Paragraph>
    </Notice>
  );
}
