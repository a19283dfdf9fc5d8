/**
 * English texts of what a scan leads to (results, action plan, reports, work over time); the same keys as
 * nl-outcome.ts.
 */
import { formatFileSize, formatNumber } from './format.ts';
import type { OutcomeMessages } from './messages.ts';

export const enOutcome: OutcomeMessages = {
	results: {
		title: 'Results',
		partial: (answered: number, total: number) =>
			`You have answered ${answered} of ${total} questions. The results only cover what you have filled in so far.`,
		finishLink: 'Go on with the open questions',
		missingIntro: 'Answers are still missing here:',
		provisional: 'provisional',
		levelHeading: 'How far is your organisation?',
		overall: (percent: string) => `Average score across the themes: ${percent}.`,
		overallWeighted: (percent: string) =>
			`Average score across the themes: ${percent}. Themes with more weight count more.`,
		uncertain: 'uncertain',
		uncertainOverall: (percent: string) =>
			`This picture is uncertain. For ${percent} of the answers you chose ‘I don’t know’, which counts as the lowest answer. Find out those answers and the picture becomes more accurate.`,
		cappedIntro: (uncapped: string, level: string) =>
			`Based on the scores you would be at ‘${uncapped}’. But a few conditions are still missing, so the level stays at ‘${level}’:`,
		noScoreYet: 'There is no score yet. Answer a few questions first.',
		risksHeading: 'Risks',
		risksIntro: 'These pitfalls apply to you. Deal with them first.',
		riskHigh: 'High risk',
		riskMedium: 'Risk',
		yourAnswer: 'Your answer',
		noRisks: 'From the questions answered, we see no pitfalls that apply.',
		unknownRisk: 'Unknown risk',
		unknownRisksIntro: 'For these pitfalls you do not know whether they apply, so the risk may be there. Find out.',
		risksUnanswered: 'The questions about pitfalls have not been answered yet.',
		themesHeading: 'Score per theme',
		themesIntro:
			'The longer the bar, the better the theme is arranged. ‘I don’t know’ counts as the lowest answer. ‘Not applicable’ does not count. ‘Uncertain’ means you do not know the answer to many questions.',
		tableCaption: 'Score per theme, in per cent',
		chart: {
			theme: 'Theme',
			score: 'Score',
			answered: 'Answered',
			unknown: 'I don’t know',
			weight: 'Weight',
			noScore: 'No score yet',
			answeredOf: (scored: number, total: number) => `${scored} of ${total}`,
			unknownOf: (unknown: number, counted: number) => `${unknown} of ${counted}`,
			weightTimes: (weight: number) => `${weight} times`,
			unknownNote: (unknown: number, counted: number, uncertain: boolean) =>
				`I don’t know: ${unknown} of ${counted}${uncertain ? ' · uncertain' : ''}`
		},
		strengthsHeading: 'Strengths',
		noStrengths: 'No theme scores 75% or more yet.',
		gapsHeading: 'What you do not know yet',
		gapsIntro: 'For these questions you chose ‘I don’t know’. Find out who knows the answer; that makes the scan more complete.',
		noGaps: 'You did not answer any question with ‘I don’t know’.',
		figuresHeading: 'For comparison',
		figuresIntro: 'Figures from research, to set your outcome against. They are not about your organisation.',
		toPlan: 'Go to the action plan'
	},
	plan: {
		title: 'Action plan',
		intro:
			'These actions follow from your answers. Pitfalls come first, then the conditions, then the biggest points to improve. Adjust the plan: choose an owner and a deadline, change the order, or add an action of your own. Everything is kept on this device.',
		pdfBusy: 'Making the PDF…',
		pdfDone: (fileName: string) => `The PDF is ready: ${fileName}`,
		pdfError: 'The PDF could not be made. Please try again.',
		empty: 'There are no actions yet. Answer more questions, or add an action yourself.',
		newProposals: (n: number) =>
			n === 1
				? 'Your new answers led to 1 action that is not in your plan yet.'
				: `Your new answers led to ${n} actions that are not in your plan yet.`,
		addProposals: 'Add these actions',
		proposalsAdded: (n: number) => (n === 1 ? '1 action added.' : `${n} actions added.`),
		priority: { risk: 'Pitfall', precondition: 'Condition', gap: 'To improve', custom: 'Own action' },
		status: { open: 'Not started', bezig: 'In progress', klaar: 'Done' },
		horizon: { '0-3': '0 to 3 months', '3-12': '3 to 12 months', later: 'Later' },
		fields: {
			title: 'Title of the action',
			owner: 'Owner',
			ownerHint: 'A name or a role, for example ‘team leader’',
			deadline: 'Deadline',
			deadlineHint: 'For example 31 3 2027. Leave empty if there is no date yet.',
			status: 'Status',
			horizon: 'Time frame',
			why: 'Why',
			firstStep: 'First step'
		},
		edit: 'Edit',
		editHeading: (title: string) => `Edit action: ${title}`,
		addHeading: 'Add your own action',
		add: 'Add your own action',
		save: 'Save action',
		saved: 'The action has been saved.',
		added: 'The action has been added.',
		up: 'Move up',
		down: 'Move down',
		movedUp: (title: string) => `‘${title}’ has moved up one place.`,
		movedDown: (title: string) => `‘${title}’ has moved down one place.`,
		remove: 'Remove',
		removeConfirm: 'Remove this action from the plan?',
		removeYes: 'Yes, remove it',
		removed: (title: string) => `‘${title}’ has been removed from the plan.`,
		errors: {
			titleMissing: 'Enter the title of the action',
			tooLong: {
				title: (max: number, now: number) => `The title of the action is too long. Use at most ${max} characters (now ${now}).`,
				why: (max: number, now: number) => `The text under ‘Why’ is too long. Use at most ${max} characters (now ${now}).`,
				firstStep: (max: number, now: number) => `The first step is too long. Use at most ${max} characters (now ${now}).`,
				owner: (max: number, now: number) => `The owner’s name is too long. Use at most ${max} characters (now ${now}).`
			},
			notText: {
				why: 'The text under ‘Why’ must be text.',
				firstStep: 'The first step must be text.',
				owner: 'The owner’s name must be text.'
			},
			deadlineFormat: 'The deadline must be a real date',
			deadlineDay: 'The deadline must be a real date',
			deadlineNoDay: 'The deadline must include a day',
			deadlineNoMonth: 'The deadline must include a month',
			deadlineNoYear: 'The deadline must include a year',
			deadlineYearDigits: 'The year of the deadline must have four digits',
			deadlineRange: (min: string, max: string) => `Choose a year between ${min} and ${max}.`,
			horizon: 'Choose a time frame: 0-3 months, 3-12 months or later.',
			status: 'Choose a status: not started, in progress or done.',
			planFull: (n: number) => `The action plan already has ${n} actions. Remove an action first.`
		},
		overview: {
			heading: 'Overview',
			caption: (n: number) =>
				n === 1 ? 'The plan has 1 action. Choose an action to see its details.' : `The plan has ${n} actions. Choose an action to see its details.`,
			number: 'No.',
			action: 'Action',
			priority: 'Priority',
			owner: 'Owner',
			deadline: 'Deadline',
			status: 'Status',
			none: 'none'
		},
		toOverview: 'Back to the overview',
		warningLabel: 'Warning',
		unfinished: (answered: number, inScope: number) =>
			`You have not finished the scan yet (${answered} of the ${inScope} questions answered). This plan is made with the answers so far. Answer the open questions for a complete plan.`,
		continueScan: 'Continue the scan',
		evidence: {
			heading: 'Why this action',
			intro: 'This action follows from your answer:',
			question: 'Question',
			answer: 'Your answer',
			note: 'Your explanation',
			noAnswer: 'Not answered',
			changed: 'Your answer has changed since the action came into the plan. The action no longer follows from it. You can keep the action or remove it.'
		}
	},
	report: {
		title: 'Action plan for lived-experience work',
		subject: 'Results of the self-assessment and action plan for working with experts by experience',
		coverLead: 'Results of the self-assessment and the action plan for working with experts by experience.',
		coverPrivacy:
			'This report was made with Kwartiermaker. The answers are only stored in the browser in which the scan was filled in; nothing was sent to a server.',
		coverFields: {
			date: 'Date',
			filledInBy: 'Filled in by',
			role: 'Job or role',
			scanType: 'Type of scan',
			phase: 'Phase',
			focusAreas: 'Fields',
			version: 'Version of the questions'
		},
		versionMismatch: (scanVersion: string, current: string) => `${scanVersion} (report made with version ${current})`,
		summaryHeading: 'Summary',
		levelCaption: 'Your level',
		noLevel: 'No level yet',
		noLevelDescription: 'No questions that decide a level have been answered yet.',
		complete: (total: number) => `All ${total} questions have been answered.`,
		themeScoresNote:
			'Percentage of the highest possible score. ‘I don’t know’ counts as the lowest answer; ‘Not applicable’ does not count. ‘Uncertain’: the answer to many questions is not known.',
		risksNone: 'No risks were found in the questions answered.',
		capsHeading: 'What holds your level back',
		capNote: 'Your score is above this level, but something is still missing. See ‘What holds your level back’.',
		capLine: (levelLabel: string, reason: string) => `At most ‘${levelLabel}’: ${reason}`,
		gaps: (count: number) =>
			count === 1
				? '1 question was answered with ‘I don’t know’. Find out: the answer may change your level.'
				: `${count} questions were answered with ‘I don’t know’. Find out: the answers may change your level.`,
		planHeading: 'Action plan',
		planIntro: (count: number) => (count === 1 ? '1 action, in order of priority.' : `${count} actions, in order of priority.`),
		planEmpty: 'There are no actions in the action plan yet.',
		numberColumn: '#',
		priorityColumn: 'Type',
		planDetailsHeading: 'The actions in detail',
		noDetails: 'No reason or first step filled in.',
		noValue: '–',
		answersHeading: 'Answers per theme',
		themeScore: (score: string) => `Score: ${score}`,
		themeRisks: (count: number) => (count === 0 ? 'No risks found' : count === 1 ? '1 risk found' : `${count} risks found`),
		sourcesHeading: 'Sources',
		sourcesIntro: 'The questions and actions in this report are based on these sources.',
		footer: (organisation: string) => `Kwartiermaker – ${organisation}`,
		page: (page: number, total: number) => `Page ${page} of ${total}`,
		documentTitle: (organisation: string) => `Action plan for lived-experience work – ${organisation}`,
		unknownOrganisation: 'Organisation unknown',
		fileNamePrefix: 'kwartiermaker-action-plan'
	},
	sources: {
		one: 'Source',
		many: 'Sources',
		newWindow: '(opens in a new window)'
	},
	exports: {
		heading: 'Download or print',
		intro: 'Choose what you want to do with the report:',
		pdfWhen: 'PDF: to share the report as it is, for example by email.',
		wordWhen: 'Word document: to edit the text or reuse it, for example in a proposal to the council executive.',
		printWhen:
			'Print: for paper. Or choose ‘Save as PDF’ in the print dialog. Your browser then makes an accessible PDF of this page.',
		pdfButton: 'Download as PDF',
		wordButton: 'Download as Word document',
		printButton: 'Print',
		wordBusy: 'Making the Word document…',
		wordDone: (fileName: string) => `The Word document is ready: ${fileName}`,
		wordError: 'The Word document could not be made. Please try again.',
		word: {
			themeColumn: 'Theme',
			scoreColumn: 'Score',
			actionTitle: (number: string, title: string) => `${number}. ${title}`
		}
	},
	progress: {
		linksHeading: 'Look again after a while',
		linksText: 'Do the scan again after a while, for example after a year. Then you see what has changed.',
		repeatLink: 'Repeat the scan',
		progressLink: 'See progress',
		repeatOfNote: 'This scan repeats an earlier scan. Under Progress you see what has changed.',
		copiedNote: (count: number) =>
			count === 1
				? '1 answer still comes from the earlier scan. Check it: is it still right? Confirm it or choose another answer.'
				: `${count} answers still come from the earlier scan. Check them: are they still right? Confirm them or choose another answer.`,
		copiedTag: 'From the earlier scan',
		copiedAnswer: 'This answer comes from the earlier scan. Is it still right? Confirm it, or choose another answer.',
		confirmCopied: 'This is still right',
		confirmedCopied: 'You have confirmed the answer.',
		repeat: {
			title: 'Repeat the scan',
			intro: (organisation: string) =>
				`You start a new scan for ${organisation}. We copy the details of your organisation. The earlier scan stays as it is.`,
			earlier: (date: string, answered: number, total: number) =>
				`The earlier scan is from ${date}. It has ${answered} of the ${total} questions answered.`,
			startLegend: 'How do you want to start?',
			startEmpty: 'Start empty',
			startEmptyHint: 'You answer all questions again.',
			startCopy: 'Start with the answers of the earlier scan',
			startCopyHint: 'You check each answer. Is it no longer right? Then you change it.',
			startRequired: 'Choose how you want to start the new scan.',
			submit: 'Start the new scan',
			busy: 'Making the new scan…',
			failed: 'The new scan could not be made. Please try again.',
			notPossible: 'You cannot repeat this scan. A sample scan or your own answers in a workshop are not repeated.'
		},
		title: 'Progress',
		intro: 'Here you see what has changed since an earlier scan: the scores, the answers, the risks and the actions.',
		chooseLabel: 'Compare with',
		chooseHint: 'The scan this scan repeats is already chosen. You can also choose another scan.',
		chooseHintFree: 'Choose the earlier scan you want to compare with.',
		chooseOption: (organisation: string, date: string) => `${organisation}, last changed on ${date}`,
		chooseButton: 'Compare',
		loadingScans: 'Loading the scans…',
		noEarlier: 'There is no other scan on this device to compare with. Repeat the scan later, or restore a backup of the earlier scan.',
		earlierMissing: 'The earlier scan is no longer on this device. Choose another scan, or restore a backup of the earlier scan.',
		chooseRequired: 'Choose a scan to compare with.',
		loadFailed: 'The scan could not be loaded. Please try again.',
		refused: {
			'same-scan': 'You cannot compare a scan with itself. Choose another scan.',
			'other-checklist': 'This scan belongs to another questionnaire. It cannot be compared.',
			'newer-version': 'This scan was made with a newer version of the questions. Update the app and try again.'
		},
		otherOrganisation: (organisation: string) =>
			`Please note: the scan you compare with is of another organisation (${organisation}).`,
		comparedWith: (organisation: string, date: string) => `Compared with the scan of ${organisation} from ${date}.`,
		provisionalNote: 'Not all questions are answered. The comparison covers what has been filled in.',
		levelHeading: 'Level',
		level: (then: string, now: string) => `Then: ${then}. Now: ${now}.`,
		noLevel: 'no level yet',
		themesHeading: 'Score per theme',
		themesCaption: 'Score and level per theme, then and now',
		columns: { theme: 'Theme', then: 'Then', now: 'Now', change: 'Difference' },
		scoreLevel: (percent: string, level: string) => `${percent} (${level})`,
		levelScore: (level: string, percent: string) => `${level} (${percent})`,
		notAsked: 'Not asked',
		noScore: 'No score',
		change: (points: number) =>
			points === 0 ? 'The same' : points > 0 ? `${points} percentage points higher` : `${-points} percentage points lower`,
		answersHeading: 'Answers that changed',
		answersCaption: 'Changed answers, then and now',
		answerColumns: { question: 'Question', then: 'Then', now: 'Now' },
		answersNone: 'No answers have changed.',
		notAnswered: 'Not answered',
		openNow: (count: number) =>
			count === 1
				? '1 question that was answered then is still open now.'
				: `${count} questions that were answered then are still open now.`,
		risksHeading: 'Risks',
		risksAppeared: 'New risks',
		risksGone: 'Risks that have gone',
		risksNoneAppeared: 'There are no new risks.',
		risksNoneGone: 'No risks have gone.',
		risk: (severity: string, question: string, answer: string) => `${severity}: ${question} (answer: ${answer})`,
		actionsHeading: 'Actions from the earlier action plan',
		actionsCaption: 'Actions from the earlier action plan, with their status',
		actionColumns: { action: 'Action', owner: 'Owner', then: 'Status then', now: 'Now in the plan' },
		actionsNone: 'The earlier scan had no actions in its action plan.',
		notInPlan: 'Not in the plan',
		unmatchedHeading: 'Questions that no longer exist',
		unmatchedIntro: 'These answers from the earlier scan belong to questions that changed or were removed. They do not count in the comparison.',
		unmatched: (question: string, answer: string) => `${question}: ${answer}`,
		unknownQuestion: (id: string) => `Question ${id}`,
		pdfHeading: 'Progress since the earlier scan',
		backToResults: 'To the results'
	}
} as const;
