/** Why a Pabulib file (.pb) was refused, one message per error code. Dutch is the source, at B1 level. */
export const pabulibNl = {
	'pabulib.error.missingSection': 'Regel {line}: het deel {section} ontbreekt. Een bestand heeft de delen META, PROJECTS en VOTES.',
	'pabulib.error.sectionOrder': 'Regel {line}: hier staat {section}, maar hier hoort {expected}. Zet de delen in de volgorde META, PROJECTS, VOTES.',
	'pabulib.error.unclosedQuote': 'Regel {line}: een tekst tussen aanhalingstekens wordt niet afgesloten.',
	'pabulib.error.badMetaLine': 'Regel {line}: in het deel META hoort op elke regel een naam en een waarde. Meer of minder kan niet.',
	'pabulib.error.duplicateMetaKey': 'Regel {line}: {key} staat twee keer in het deel META.',
	'pabulib.error.missingMeta': 'Regel {line}: {key} ontbreekt in het deel META.',
	'pabulib.error.budgetNotANumber': 'Regel {line}: het budget "{value}" is geen getal. Schrijf het zo: 1000000 of 969245.38.',
	'pabulib.error.negativeBudget': 'Regel {line}: het budget is {value}. Een budget kan niet lager zijn dan 0.',
	'pabulib.error.unknownVoteType': 'Regel {line}: de soort stemmen "{value}" kennen we niet. Kies approval, cumulative of scoring.',
	'pabulib.error.ordinalVotes': 'Regel {line}: dit bestand heeft stemmen met een volgorde (ordinal). Die kunnen we niet tellen.',
	'pabulib.error.missingColumn': 'Regel {line}: de kolom {column} ontbreekt in het deel {section}.',
	'pabulib.error.duplicateColumn': 'Regel {line}: de kolom {column} staat er twee keer.',
	'pabulib.error.fieldCount': 'Regel {line}: deze regel heeft {found} velden. Er horen {expected} velden te zijn, net als in de kop.',
	'pabulib.error.emptyProjectId': 'Regel {line}: dit project heeft geen nummer.',
	'pabulib.error.duplicateProject': 'Regel {line}: project {project} staat er twee keer.',
	'pabulib.error.costNotANumber': 'Regel {line}: de kosten van project {project} zijn "{value}". Dat is geen getal.',
	'pabulib.error.negativeCost': 'Regel {line}: de kosten van project {project} zijn {value}. Kosten kunnen niet lager zijn dan 0.',
	'pabulib.error.emptyVoterId': 'Regel {line}: deze stem heeft geen nummer van een kiezer.',
	'pabulib.error.duplicateVoter': 'Regel {line}: kiezer {voter} staat er twee keer.',
	'pabulib.error.unknownProject': 'Regel {line}: kiezer {voter} stemt op project {project}. Dat project staat niet in het deel PROJECTS.',
	'pabulib.error.doubleApproval': 'Regel {line}: kiezer {voter} stemt twee keer op project {project}. Dat mag maar één keer.',
	'pabulib.error.badPoints': 'Regel {line}: kiezer {voter} geeft "{value}" punten. Punten zijn hele getallen van 0 of meer.',
	'pabulib.error.pointsCount': 'Regel {line}: kiezer {voter} stemt op {votes} projecten, maar geeft {points} keer punten. Dat moet even vaak zijn.'
} as const;

type Key = keyof typeof pabulibNl;

export const pabulibEn = {
	'pabulib.error.missingSection': 'Line {line}: the section {section} is missing. A file has the sections META, PROJECTS and VOTES.',
	'pabulib.error.sectionOrder': 'Line {line}: found {section} where {expected} belongs. The sections come in the order META, PROJECTS, VOTES.',
	'pabulib.error.unclosedQuote': 'Line {line}: a quoted text is not closed.',
	'pabulib.error.badMetaLine': 'Line {line}: every line of the META section holds one name and one value.',
	'pabulib.error.duplicateMetaKey': 'Line {line}: {key} occurs twice in the META section.',
	'pabulib.error.missingMeta': 'Line {line}: {key} is missing from the META section.',
	'pabulib.error.budgetNotANumber': 'Line {line}: the budget "{value}" is not a number. Write it like 1000000 or 969245.38.',
	'pabulib.error.negativeBudget': 'Line {line}: the budget is {value}. A budget cannot be below 0.',
	'pabulib.error.unknownVoteType': 'Line {line}: the vote type "{value}" is unknown. Use approval, cumulative or scoring.',
	'pabulib.error.ordinalVotes': 'Line {line}: this file holds ranked (ordinal) votes, which cannot be counted here.',
	'pabulib.error.missingColumn': 'Line {line}: the column {column} is missing from the {section} section.',
	'pabulib.error.duplicateColumn': 'Line {line}: the column {column} occurs twice.',
	'pabulib.error.fieldCount': 'Line {line}: this line has {found} fields where the header has {expected}.',
	'pabulib.error.emptyProjectId': 'Line {line}: this project has no id.',
	'pabulib.error.duplicateProject': 'Line {line}: project {project} occurs twice.',
	'pabulib.error.costNotANumber': 'Line {line}: the cost of project {project} is "{value}", which is not a number.',
	'pabulib.error.negativeCost': 'Line {line}: the cost of project {project} is {value}. A cost cannot be below 0.',
	'pabulib.error.emptyVoterId': 'Line {line}: this vote has no voter id.',
	'pabulib.error.duplicateVoter': 'Line {line}: voter {voter} occurs twice.',
	'pabulib.error.unknownProject': 'Line {line}: voter {voter} votes for project {project}, which is not in the PROJECTS section.',
	'pabulib.error.doubleApproval': 'Line {line}: voter {voter} votes for project {project} twice.',
	'pabulib.error.badPoints': 'Line {line}: voter {voter} gives "{value}" points. Points are whole numbers of 0 or more.',
	'pabulib.error.pointsCount': 'Line {line}: voter {voter} votes for {votes} projects but gives points {points} times. The two must match.'
} as const satisfies Record<Key, string>;

export type PabulibMessageKey = Key;
