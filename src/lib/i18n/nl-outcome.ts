/**
 * Dutch texts of what a scan leads to: the results page, the action plan, the reports (PDF and Word document)
 * and work over time (Scan herhalen, Voortgang). They are a catalogue part of their own, loaded right after
 * the first screen (see `language.complete()`), so the start page does not carry them; every page that uses
 * them waits for them (`withAllTexts`). The keys join those of nl.ts in `Messages`; en-outcome.ts must have
 * exactly the same keys.
 */
import { formatFileSize, formatNumber } from './format.ts';

export const nlOutcome = {
	results: {
		title: 'Resultaten',
		partial: (answered: number, total: number) =>
			`U heeft ${answered} van de ${total} vragen beantwoord. De resultaten gaan alleen over wat u al heeft ingevuld.`,
		finishLink: 'Ga verder met de open vragen',
		missingIntro: 'Hier ontbreken nog antwoorden:',
		provisional: 'voorlopig',
		levelHeading: 'Hoe ver is uw organisatie?',
		overall: (percent: string) => `Gemiddelde score op de thema’s: ${percent}.`,
		overallWeighted: (percent: string) =>
			`Gemiddelde score op de thema’s: ${percent}. Thema’s met meer gewicht tellen zwaarder mee.`,
		uncertain: 'onzeker',
		uncertainOverall: (percent: string) =>
			`Dit beeld is onzeker. Bij ${percent} van de antwoorden koos u ‘Weet ik niet’. Dat telt als het laagste antwoord. Zoek die antwoorden uit, dan klopt het beeld beter.`,
		cappedIntro: (uncapped: string, level: string) =>
			`Op grond van de scores zou u op ‘${uncapped}’ staan. Maar een paar voorwaarden ontbreken nog. Daarom blijft het niveau ‘${level}’:`,
		noScoreYet: 'Er is nog geen score. Beantwoord eerst een paar vragen.',
		risksHeading: 'Risico’s',
		risksIntro: 'Deze valkuilen spelen bij u. Pak ze als eerste aan.',
		riskHigh: 'Groot risico',
		riskMedium: 'Risico',
		yourAnswer: 'Uw antwoord',
		noRisks: 'Op de beantwoorde vragen zien we geen valkuilen die spelen.',
		unknownRisk: 'Onbekend risico',
		unknownRisksIntro: 'Bij deze valkuilen weet u niet of ze spelen. Dan kan het risico er zijn. Zoek het uit.',
		risksUnanswered: 'De vragen over valkuilen zijn nog niet beantwoord.',
		themesHeading: 'Score per thema',
		themesIntro:
			'Hoe langer de balk, hoe beter het thema geregeld is. ‘Weet ik niet’ telt als het laagste antwoord. ‘Niet van toepassing’ telt niet mee. ‘Onzeker’ betekent: bij veel vragen weet u het antwoord niet.',
		tableCaption: 'Score per thema, in procenten',
		chart: {
			theme: 'Thema',
			score: 'Score',
			answered: 'Beantwoord',
			unknown: 'Weet ik niet',
			weight: 'Telt mee',
			noScore: 'Nog geen score',
			answeredOf: (scored: number, total: number) => `${scored} van ${total}`,
			unknownOf: (unknown: number, counted: number) => `${unknown} van ${counted}`,
			weightTimes: (weight: number) => `${weight} keer`,
			/** The line under a bar when some answers are "Weet ik niet". */
			unknownNote: (unknown: number, counted: number, uncertain: boolean) =>
				`Weet ik niet: ${unknown} van ${counted}${uncertain ? ' · onzeker' : ''}`
		},
		strengthsHeading: 'Sterke punten',
		noStrengths: 'Nog geen thema scoort 75% of meer.',
		gapsHeading: 'Wat u nog niet weet',
		gapsIntro: 'Bij deze vragen koos u ‘Weet ik niet’. Zoek uit wie het antwoord weet. Dat maakt de scan completer.',
		noGaps: 'U heeft geen vragen met ‘Weet ik niet’ beantwoord.',
		figuresHeading: 'Ter vergelijking',
		figuresIntro: 'Cijfers uit onderzoek, om uw uitkomst naast te leggen. Ze gaan niet over uw organisatie.',
		toPlan: 'Naar het actieplan'
	},
	plan: {
		title: 'Actieplan',
		intro:
			'Deze acties volgen uit uw antwoorden. Valkuilen staan bovenaan, dan de voorwaarden, dan de grootste verbeterpunten. Pas het plan aan: kies een eigenaar en een deadline, zet acties in een andere volgorde of voeg een eigen actie toe. Alles wordt op dit apparaat bewaard.',
		pdfBusy: 'De pdf wordt gemaakt…',
		pdfDone: (fileName: string) => `De pdf is klaar: ${fileName}`,
		pdfError: 'Het maken van de pdf is niet gelukt. Probeer het opnieuw.',
		empty: 'Er zijn nog geen acties. Beantwoord meer vragen, of voeg zelf een actie toe.',
		newProposals: (n: number) =>
			n === 1
				? 'Door nieuwe antwoorden is er 1 actie bijgekomen die nog niet in uw plan staat.'
				: `Door nieuwe antwoorden zijn er ${n} acties bijgekomen die nog niet in uw plan staan.`,
		addProposals: 'Voeg deze acties toe',
		proposalsAdded: (n: number) => (n === 1 ? '1 actie toegevoegd.' : `${n} acties toegevoegd.`),
		priority: { risk: 'Valkuil', precondition: 'Voorwaarde', gap: 'Verbeterpunt', custom: 'Eigen actie' },
		status: { open: 'Nog niet begonnen', bezig: 'Bezig', klaar: 'Klaar' },
		horizon: { '0-3': '0 tot 3 maanden', '3-12': '3 tot 12 maanden', later: 'Later' },
		fields: {
			title: 'Titel van de actie',
			owner: 'Eigenaar',
			ownerHint: 'Een naam of een rol, bijvoorbeeld ‘teamleider’',
			deadline: 'Deadline',
			deadlineHint: 'Bijvoorbeeld 31 3 2027. Laat leeg als er nog geen datum is.',
			status: 'Status',
			horizon: 'Termijn',
			why: 'Waarom',
			firstStep: 'Eerste stap'
		},
		edit: 'Bewerken',
		editHeading: (title: string) => `Actie bewerken: ${title}`,
		addHeading: 'Eigen actie toevoegen',
		add: 'Eigen actie toevoegen',
		save: 'Actie opslaan',
		saved: 'De actie is opgeslagen.',
		added: 'De actie is toegevoegd.',
		up: 'Omhoog',
		down: 'Omlaag',
		movedUp: (title: string) => `‘${title}’ staat nu een plek hoger.`,
		movedDown: (title: string) => `‘${title}’ staat nu een plek lager.`,
		remove: 'Verwijderen',
		removeConfirm: 'Deze actie uit het plan halen?',
		removeYes: 'Ja, haal weg',
		removed: (title: string) => `‘${title}’ is uit het plan gehaald.`,
		errors: {
			titleMissing: 'Vul de titel van de actie in',
			tooLong: {
				title: (max: number, now: number) => `De titel van de actie is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`,
				why: (max: number, now: number) => `De tekst bij ‘Waarom’ is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`,
				firstStep: (max: number, now: number) => `De eerste stap is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`,
				owner: (max: number, now: number) => `De naam van de eigenaar is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`
			},
			notText: {
				why: 'De tekst bij ‘Waarom’ moet tekst zijn.',
				firstStep: 'De eerste stap moet tekst zijn.',
				owner: 'De naam van de eigenaar moet tekst zijn.'
			},
			deadlineFormat: 'De deadline moet een echte datum zijn',
			deadlineDay: 'De deadline moet een echte datum zijn',
			deadlineNoDay: 'De deadline moet een dag bevatten',
			deadlineNoMonth: 'De deadline moet een maand bevatten',
			deadlineNoYear: 'De deadline moet een jaar bevatten',
			deadlineYearDigits: 'Het jaar van de deadline moet vier cijfers hebben',
			deadlineRange: (min: string, max: string) => `Kies een jaar tussen ${min} en ${max}.`,
			horizon: 'Kies een termijn: 0-3 maanden, 3-12 maanden of later.',
			status: 'Kies een status: open, bezig of klaar.',
			planFull: (n: number) => `Het actieplan heeft al ${n} acties. Haal eerst een actie weg.`
		},
		overview: {
			heading: 'Overzicht',
			caption: (n: number) =>
				n === 1 ? 'Het plan heeft 1 actie. Kies een actie om de details te zien.' : `Het plan heeft ${n} acties. Kies een actie om de details te zien.`,
			number: 'Nr.',
			action: 'Actie',
			priority: 'Prioriteit',
			owner: 'Eigenaar',
			deadline: 'Deadline',
			status: 'Status',
			none: 'geen'
		},
		toOverview: 'Terug naar het overzicht',
		warningLabel: 'Waarschuwing',
		unfinished: (answered: number, inScope: number) =>
			`U heeft de scan nog niet af (${answered} van de ${inScope} vragen beantwoord). Dit plan is gemaakt met de antwoorden tot nu toe. Beantwoord de open vragen voor een volledig plan.`,
		continueScan: 'Ga verder met de scan',
		evidence: {
			heading: 'Waarom deze actie',
			intro: 'Deze actie volgt uit uw antwoord:',
			question: 'Vraag',
			answer: 'Uw antwoord',
			note: 'Uw toelichting',
			noAnswer: 'Niet beantwoord',
			changed: 'Uw antwoord is veranderd sinds de actie in het plan kwam. De actie volgt er nu niet meer uit. U kunt de actie houden of weghalen.'
		}
	},
	/**
	 * The PDF report (and the Word document, which renders the same model). Only words the screen does not have
	 * live here: risk levels, statuses, priorities, horizons, field labels and the results texts come from the
	 * screen's own keys above (see reportLabels in src/lib/report/report-model.ts), one label per concept.
	 */
	report: {
		title: 'Actieplan ervaringswerk',
		/** Document property "subject"; a constant, so no user text ends up in the metadata. */
		subject: 'Resultaten van de zelfscan en actieplan voor het werken met ervaringswerkers',
		coverLead: 'Resultaten van de zelfscan en het actieplan voor het werken met ervaringswerkers.',
		coverPrivacy:
			'Dit rapport is gemaakt met Kwartiermaker. De antwoorden zijn alleen opgeslagen in de browser waarin de scan is ingevuld; er is niets naar een server gestuurd.',
		coverFields: {
			date: 'Datum',
			filledInBy: 'Ingevuld door',
			role: 'Functie of rol',
			scanType: 'Soort scan',
			phase: 'Fase',
			focusAreas: 'Werkvelden',
			version: 'Versie vragenlijst'
		},
		versionMismatch: (scanVersion: string, current: string) => `${scanVersion} (rapport gemaakt met versie ${current})`,
		summaryHeading: 'Samenvatting',
		levelCaption: 'Uw niveau',
		noLevel: 'Nog geen niveau',
		noLevelDescription: 'Er zijn nog geen vragen beantwoord waarop een niveau kan worden bepaald.',
		complete: (total: number) => `Alle ${total} vragen zijn beantwoord.`,
		themeScoresNote:
			'Percentage van de hoogst mogelijke score. ‘Weet ik niet’ telt als het laagste antwoord, ‘Niet van toepassing’ telt niet mee. ‘Onzeker’: bij veel vragen is het antwoord niet bekend.',
		risksNone: 'Bij de beantwoorde vragen zijn geen risico’s gesignaleerd.',
		capsHeading: 'Wat uw niveau begrenst',
		capNote: 'Uw score is hoger dan dit niveau, maar er ontbreekt nog iets. Zie ‘Wat uw niveau begrenst’.',
		capLine: (levelLabel: string, reason: string) => `Hoogstens ‘${levelLabel}’: ${reason}`,
		gaps: (count: number) =>
			count === 1
				? 'Bij 1 vraag is ‘Weet ik niet’ geantwoord. Zoek dit uit: het antwoord kan uw niveau veranderen.'
				: `Bij ${count} vragen is ‘Weet ik niet’ geantwoord. Zoek dit uit: de antwoorden kunnen uw niveau veranderen.`,
		planHeading: 'Actieplan',
		planIntro: (count: number) =>
			count === 1 ? '1 actie, in volgorde van prioriteit.' : `${count} acties, in volgorde van prioriteit.`,
		planEmpty: 'Er staan nog geen acties in het actieplan.',
		/** Column heading of the action numbers in the plan table. */
		numberColumn: '#',
		/** Column heading of the priority (Valkuil, Voorwaarde, Verbeterpunt, Eigen actie). */
		priorityColumn: 'Soort',
		planDetailsHeading: 'De acties uitgewerkt',
		/** Said when an action has no "waarom" or first step filled in, so the reader knows nothing is missing by mistake. */
		noDetails: 'Geen uitleg of eerste stap ingevuld.',
		noValue: '–',
		answersHeading: 'Antwoorden per thema',
		/** 'Score: 62%', 'Score: 62% (onzeker)' or 'Score: Nog geen score'; the words come from the results screen. */
		themeScore: (score: string) => `Score: ${score}`,
		themeRisks: (count: number) =>
			count === 0 ? 'Geen risico’s gesignaleerd' : count === 1 ? '1 risico gesignaleerd' : `${count} risico’s gesignaleerd`,
		sourcesHeading: 'Bronnen',
		sourcesIntro: 'De vragen en acties in dit rapport zijn gebaseerd op deze bronnen.',
		footer: (organisation: string) => `Kwartiermaker – ${organisation}`,
		page: (page: number, total: number) => `Pagina ${page} van ${total}`,
		documentTitle: (organisation: string) => `Actieplan ervaringswerk – ${organisation}`,
		/** Shown when the profile has no organisation name (the app requires one, old data may not). */
		unknownOrganisation: 'Organisatie onbekend',
		/** Start of the PDF's file name, before the organisation and the date. */
		fileNamePrefix: 'kwartiermaken-actieplan'
	},
	/** How the app names its sources (source-list.svelte): "Bron: Movisie (2018), Titel". */
	sources: {
		one: 'Bron',
		many: 'Bronnen',
		/** Read by screen readers after a source link, which opens in a new window. */
		newWindow: '(opent in een nieuw venster)'
	},
	/** The ways out of results and plan (PDF, Word, print) and the Word document's own words. */
	exports: {
		heading: 'Downloaden of afdrukken',
		intro: 'Kies wat u met het rapport wilt doen:',
		pdfWhen: 'PDF: om het rapport te delen zoals het is, bijvoorbeeld per e-mail.',
		wordWhen: 'Word-document: om de tekst aan te passen of over te nemen, bijvoorbeeld in een collegevoorstel.',
		printWhen:
			'Afdrukken: voor op papier. Of kies bij Afdrukken voor ‘Opslaan als pdf’. Dan maakt uw browser een toegankelijke pdf van deze pagina.',
		pdfButton: 'Download als PDF',
		wordButton: 'Download als Word-document',
		printButton: 'Afdrukken',
		wordBusy: 'Het Word-document wordt gemaakt…',
		wordDone: (fileName: string) => `Het Word-document is klaar: ${fileName}`,
		wordError: 'Het maken van het Word-document is niet gelukt. Probeer het opnieuw.',
		/** Words that only the Word document uses; the rest comes from the report section. */
		word: {
			themeColumn: 'Thema',
			scoreColumn: 'Score',
			actionTitle: (number: string, title: string) => `${number}. ${title}`
		}
	},
	/** Scan herhalen (repeat a scan) and Voortgang (progress between two scans), on screen and in the PDF. */
	progress: {
		linksHeading: 'Na een tijd opnieuw kijken',
		linksText: 'Doe de scan na een tijd opnieuw, bijvoorbeeld na een jaar. Dan ziet u wat er veranderd is.',
		repeatLink: 'Scan herhalen',
		progressLink: 'Voortgang bekijken',
		repeatOfNote: 'Deze scan is een herhaling van een eerdere scan. Bij Voortgang ziet u wat er veranderd is.',
		copiedNote: (count: number) =>
			count === 1
				? '1 antwoord komt nog uit de vorige scan. Kijk het na: klopt het nog? Bevestig het of kies een ander antwoord.'
				: `${count} antwoorden komen nog uit de vorige scan. Kijk ze na: klopt het nog? Bevestig het of kies een ander antwoord.`,
		copiedTag: 'Uit de vorige scan',
		copiedAnswer: 'Dit antwoord komt uit de vorige scan. Klopt het nog? Bevestig het, of kies een ander antwoord.',
		confirmCopied: 'Dit klopt nog',
		confirmedCopied: 'U heeft het antwoord bevestigd.',
		repeat: {
			title: 'Scan herhalen',
			intro: (organisation: string) =>
				`U start een nieuwe scan voor ${organisation}. De gegevens over uw organisatie nemen we over. De vorige scan blijft zoals hij is.`,
			earlier: (date: string, answered: number, total: number) =>
				`De vorige scan is van ${date}. Daarin zijn ${answered} van de ${total} vragen beantwoord.`,
			startLegend: 'Hoe wilt u beginnen?',
			startEmpty: 'Leeg beginnen',
			startEmptyHint: 'U beantwoordt alle vragen opnieuw.',
			startCopy: 'Beginnen met de antwoorden van de vorige scan',
			startCopyHint: 'U kijkt elk antwoord na. Klopt het niet meer? Dan past u het aan.',
			startRequired: 'Kies hoe u de nieuwe scan wilt beginnen.',
			submit: 'Nieuwe scan starten',
			busy: 'De nieuwe scan wordt gemaakt…',
			failed: 'De nieuwe scan kon niet worden gemaakt. Probeer het opnieuw.',
			notPossible: 'Deze scan kunt u niet herhalen. Een voorbeeldscan of uw eigen antwoorden in een werksessie herhaalt u niet.'
		},
		title: 'Voortgang',
		intro: 'Hier ziet u wat er veranderd is sinds een eerdere scan: de scores, de antwoorden, de risico’s en de acties.',
		chooseLabel: 'Vergelijk met',
		chooseHint: 'De scan waar deze scan een herhaling van is, staat al gekozen. U kunt ook een andere scan kiezen.',
		chooseHintFree: 'Kies de eerdere scan waarmee u wilt vergelijken.',
		chooseOption: (organisation: string, date: string) => `${organisation}, laatst gewijzigd op ${date}`,
		chooseButton: 'Vergelijken',
		loadingScans: 'De scans worden geladen…',
		noEarlier: 'Er staat geen andere scan op dit apparaat om mee te vergelijken. Herhaal de scan later, of zet een reservekopie van de vorige scan terug.',
		earlierMissing: 'De vorige scan staat niet meer op dit apparaat. Kies een andere scan, of zet een reservekopie van de vorige scan terug.',
		chooseRequired: 'Kies een scan om mee te vergelijken.',
		loadFailed: 'De scan kon niet worden geladen. Probeer het opnieuw.',
		refused: {
			'same-scan': 'U kunt een scan niet met zichzelf vergelijken. Kies een andere scan.',
			'other-checklist': 'Deze scan hoort bij een andere vragenlijst. Die kunt u niet vergelijken.',
			'newer-version': 'Deze scan is gemaakt met een nieuwere versie van de vragen. Werk de app bij en probeer het opnieuw.'
		},
		otherOrganisation: (organisation: string) =>
			`Let op: de scan waarmee u vergelijkt is van een andere organisatie (${organisation}).`,
		comparedWith: (organisation: string, date: string) => `Vergeleken met de scan van ${organisation} van ${date}.`,
		provisionalNote: 'Niet alle vragen zijn beantwoord. De vergelijking gaat over wat er is ingevuld.',
		levelHeading: 'Niveau',
		level: (then: string, now: string) => `Toen: ${then}. Nu: ${now}.`,
		noLevel: 'nog geen niveau',
		themesHeading: 'Score per thema',
		themesCaption: 'Score en niveau per thema, toen en nu',
		columns: { theme: 'Thema', then: 'Toen', now: 'Nu', change: 'Verschil' },
		scoreLevel: (percent: string, level: string) => `${percent} (${level})`,
		levelScore: (level: string, percent: string) => `${level} (${percent})`,
		notAsked: 'Niet gevraagd',
		noScore: 'Geen score',
		change: (points: number) =>
			points === 0 ? 'Gelijk' : points > 0 ? `${points} procentpunt hoger` : `${-points} procentpunt lager`,
		answersHeading: 'Antwoorden die veranderd zijn',
		answersCaption: 'Veranderde antwoorden, toen en nu',
		answerColumns: { question: 'Vraag', then: 'Toen', now: 'Nu' },
		answersNone: 'Er zijn geen antwoorden veranderd.',
		notAnswered: 'Niet beantwoord',
		openNow: (count: number) =>
			count === 1
				? '1 vraag die toen beantwoord was, is nu nog open.'
				: `${count} vragen die toen beantwoord waren, zijn nu nog open.`,
		risksHeading: 'Risico’s',
		risksAppeared: 'Nieuwe risico’s',
		risksGone: 'Risico’s die weg zijn',
		risksNoneAppeared: 'Er zijn geen nieuwe risico’s.',
		risksNoneGone: 'Er zijn geen risico’s weggegaan.',
		risk: (severity: string, question: string, answer: string) => `${severity}: ${question} (antwoord: ${answer})`,
		actionsHeading: 'Acties uit het vorige actieplan',
		actionsCaption: 'Acties uit het vorige actieplan, met hun status',
		actionColumns: { action: 'Actie', owner: 'Eigenaar', then: 'Status toen', now: 'Nu in het plan' },
		actionsNone: 'De vorige scan had geen acties in het actieplan.',
		notInPlan: 'Niet in het plan',
		unmatchedHeading: 'Vragen die niet meer bestaan',
		unmatchedIntro: 'Deze antwoorden uit de vorige scan horen bij vragen die zijn veranderd of weg zijn. Ze tellen niet mee in de vergelijking.',
		unmatched: (question: string, answer: string) => `${question}: ${answer}`,
		unknownQuestion: (id: string) => `Vraag ${id}`,
		pdfHeading: 'Voortgang sinds de vorige scan',
		backToResults: 'Naar de resultaten'
	}
} as const;
