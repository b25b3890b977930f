// The words of the grid (the API's enum values → French).

export const SCORE_LABELS = {MET: 'Atteint', NOT_MET: 'Non atteint', NOT_OBSERVED: 'Non observé'};
export const EVIDENCE_LABELS = {MET: 'Concluant', NOT_MET: 'Non concluant', NOT_OBSERVED: 'Non réalisé'};
export const VERDICTS = {ACQUIRED: 'Acquise', NOT_ACQUIRED: 'Non acquise'};
export const CCP_VERDICTS = {ACQUIRED: 'Acquis', NOT_ACQUIRED: 'Non acquis'};
export const CONSULT_LABELS = {true: 'Consulté', false: 'Non consulté'};
export const STATE_LABELS = {
  saved: 'Enregistré', pending: 'En attente', conflict: 'Conflit', error: 'Refusé', empty: 'À noter',
  incomplete: 'Observation obligatoire'
};

/** A target's value in words, for a conflict. */
export function describe(kind, v) {
  const note = v.observation ? ' (« ' + v.observation + ' »)' : '';
  if (kind === 'score') {
    return (SCORE_LABELS[v.value] || '—') + note;
  }
  if (kind === 'consult') {
    return (typeof v.consulted === 'boolean' ? CONSULT_LABELS[v.consulted] : '—') + note;
  }
  return VERDICTS[v.decision] || '—';
}

/** The text under a line or a proposal. */
export function stateText(kind, state, refusal) {
  if (refusal) {
    return STATE_LABELS.error + ' : ' + refusal;
  }
  if (state === 'incomplete') {
    return 'Observation obligatoire quand le critère n\'est pas atteint';
  }
  if (state === 'empty' && kind === 'consult') {
    return 'Facultatif';
  }
  return state === 'empty' && kind !== 'score' ? 'À proposer' : STATE_LABELS[state];
}
