/**
 * Dutch texts of what a scan leads to: the results page, the action plan, the reports (PDF and Word
 * document), and working with others over time (Thema’s uitbesteden, Scan herhalen, Voortgang). They are a
 * catalogue part of their own, loaded right after the first screen (see `language.complete()`), so the start
 * page does not carry them; every page that uses them waits for them (`withAllTexts`). The keys join those of nl.ts in `Messages`; en-outcome.ts must have
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
	},
	/**
	 * Thema's uitbesteden (issue 12): the owner hands themes to a colleague, the colleague answers them in their
	 * own browser and sends them back, the owner merges them. Loaded with the werksessie texts, after the first
	 * screen; modules refer to `delegation.errors.*` and `delegation.fields.*` by key.
	 */
	delegation: {
		title: 'Thema’s uitbesteden',
		/** Who asked: name and role as the owner's profile has them; '' when both are empty. */
		askedBy: (name: string, role: string) => (name && role ? `${name} (${role})` : name || role),
		titles: {
			delegate: 'Thema’s uitbesteden',
			'delegate-merge': 'Antwoorden van uw collega verwerken',
			'delegation-returned': 'Antwoorden van uw collega verwerken',
			'delegate-return': 'Antwoorden terugsturen',
			delegation: 'Uitbestede thema’s beantwoorden'
		},
		taskList: {
			heading: 'Samenwerken met collega’s',
			text: 'Weet een collega meer over een thema? Stuur die thema’s naar uw collega. U krijgt de antwoorden terug en kiest zelf wat u overneemt.',
			start: 'Thema’s uitbesteden',
			merge: 'Teruggekregen antwoorden verwerken',
			outWith: (role: string, date: string) => `Uitbesteed aan: ${role}, sinds ${date}`
		},
		part: {
			banner: (askedBy: string, organisation: string) =>
				askedBy ? `Gevraagd door ${askedBy}, voor de scan van ${organisation}.` : `Gevraagd voor de scan van ${organisation}.`,
			only: 'U beantwoordt alleen deze thema’s. Stuur uw antwoorden daarna terug.',
			noteLabel: 'Bericht van de vrager:',
			returnLink: 'Antwoorden terugsturen',
			returnedAt: (date: string) => `U stuurde uw antwoorden terug op ${date}.`
		},
		handOut: {
			intro: 'Kies de thema’s die een collega beantwoordt. Uw collega krijgt een link of een bestand met de vragen en uw antwoorden van nu.',
			notAllowed: 'Deze scan kunt u niet uitbesteden. Dat kan alleen met een eigen scan, niet met de voorbeeldscan of een scan die u zelf van iemand kreeg.',
			themesLegend: 'Welke thema’s besteedt u uit?',
			themesHint: 'Kies een of meer thema’s.',
			alreadyOut: (role: string) => `Nu bij: ${role}`,
			roleLabel: 'Rol van uw collega',
			roleHint: 'Bijvoorbeeld: beleidsmedewerker of teamleider.',
			noteLabel: 'Bericht aan uw collega (mag leeg blijven)',
			noteHint: 'Bijvoorbeeld: waarom u deze thema’s vraagt, of wanneer u de antwoorden terug wilt.',
			submit: 'Link en bestand maken',
			making: 'Bezig met maken…',
			errors: {
				themes: 'Kies minstens één thema',
				role: 'Vul de rol van uw collega in',
				roleTooLong: (max: number) => `De rol mag hoogstens ${max} tekens hebben`,
				noteTooLong: (max: number) => `Het bericht mag hoogstens ${max} tekens hebben`,
				failed: 'Het uitbesteden is niet gelukt. Probeer het opnieuw.'
			},
			readyHeading: 'Stuur dit naar uw collega',
			readyText: (role: string, themes: number) =>
				themes === 1 ? `U besteedt 1 thema uit aan: ${role}.` : `U besteedt ${themes} thema’s uit aan: ${role}.`,
			privacy: 'De link en het bestand bevatten uw antwoorden op deze thema’s. Stuur ze alleen aan deze collega. Er gaat niets via internet: alles zit in de link of het bestand zelf.',
			linkLabel: 'Link voor uw collega',
			copy: 'Kopieer link',
			copied: 'De link staat op het klembord.',
			copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
			fileHeading: 'Of stuur een bestand',
			fileText: 'Is de link te lang voor uw mail? Stuur dan het bestand. Uw collega opent het in Kwartiermaker.',
			download: 'Bestand downloaden',
			downloaded: (fileName: string) => `Het bestand is gedownload: ${fileName}`,
			again: 'Andere thema’s uitbesteden',
			toTasks: 'Terug naar het overzicht'
		},
		open: {
			askedOn: 'Gevraagd op',
			toHome: 'Naar de startpagina',
			title: 'Uitbestede thema’s beantwoorden',
			reading: 'Bezig met openen…',
			empty: 'Open de link die u van uw collega kreeg. Of kies hieronder het bestand.',
			fileLabel: 'Bestand met uitbestede thema’s',
			fileHint: 'Een .json-bestand dat u van uw collega kreeg.',
			openFile: 'Bestand openen',
			refusedTitle: 'Dit kunnen we niet openen',
			refusedText: 'Er is niets opgeslagen. Vraag uw collega om een nieuwe link of een nieuw bestand.',
			intro: (organisation: string) => `Een collega vraagt u om een deel van de zelfscan van ${organisation} te beantwoorden.`,
			askedBy: 'Gevraagd door',
			organisation: 'Organisatie',
			role: 'Uw rol',
			themes: 'Thema’s',
			questions: (n: number) => (n === 1 ? '1 vraag' : `${n} vragen`),
			note: 'Bericht',
			privacy: 'U ziet de antwoorden die uw collega al gaf. U kunt ze aanpassen. Uw antwoorden blijven in deze browser tot u ze terugstuurt.',
			start: 'Beginnen',
			starting: 'Bezig met klaarzetten…',
			already: 'U heeft deze thema’s al geopend in deze browser.',
			continue: 'Verder met uw antwoorden',
			failed: 'Het openen is niet gelukt.'
		},
		giveBack: {
			title: 'Antwoorden terugsturen',
			notPart: 'Deze scan is geen uitbesteed deel. Er is niets terug te sturen.',
			building: 'Bezig met klaarzetten…',
			failed: 'Het klaarzetten is niet gelukt. Probeer het opnieuw.',
			answered: (answered: number, total: number) => `U heeft ${answered} van de ${total} vragen beantwoord.`,
			open: (n: number) => (n === 1 ? 'Er is nog 1 vraag open.' : `Er zijn nog ${n} vragen open.`),
			toCheck: 'Antwoorden controleren',
			linkHeading: 'Stuur de link terug',
			linkText: (askedBy: string) =>
				`Stuur deze link naar ${askedBy || 'de collega die het vroeg'}, bijvoorbeeld per mail. Uw collega opent hem in de eigen browser.`,
			linkLabel: 'Link met uw antwoorden',
			fileHeading: 'Of stuur een bestand',
			fileText: 'Is de link te lang voor uw mail? Stuur dan het bestand.',
			recorded: 'Later nog iets veranderd? Stuur dan opnieuw terug. Uw collega ziet alleen wat nieuw is.'
		},
		merge: {
			title: 'Antwoorden van uw collega verwerken',
			intro: 'Open de link of het bestand dat uw collega terugstuurde. U ziet per vraag uw antwoord en dat van uw collega. Er verandert niets tot u een antwoord overneemt.',
			fileLabel: 'Bestand met teruggestuurde antwoorden',
			fileHint: 'Een .json-bestand dat u van uw collega kreeg.',
			linkLabel: 'Of plak de link die u kreeg',
			openFile: 'Bestand openen',
			openLink: 'Link openen',
			reading: 'Bezig met openen…',
			refusedTitle: 'Dit kunnen we niet verwerken',
			refusedText: 'Er is niets veranderd in uw scan.',
			scanMissing: 'Deze antwoorden horen bij een scan die niet in deze browser staat. Open de link in de browser waarin u de thema’s uitbesteedde.',
			from: (role: string, date: string) => `Antwoorden van: ${role}, teruggestuurd op ${date}.`,
			noRecord: 'Deze scan weet niet meer wanneer u deze thema’s uitbesteedde. Daarom ziet u bij elke vraag waar u zelf een antwoord heeft, beide antwoorden.',
			mappedFrom: (version: string) => `Uw collega antwoordde in versie ${version} van de vragenlijst. De antwoorden zijn omgezet naar de vragen van nu.`,
			droppedHeading: 'Antwoorden zonder vraag',
			droppedText: 'Deze vragen bestaan niet meer in de vragenlijst van nu. Het antwoord van uw collega neemt u daarom niet over. U kunt het lezen en zelf gebruiken.',
			droppedQuestion: (id: string) => `Vraag ${id}`,
			outside: (n: number) => (n === 1 ? '1 antwoord hoort niet bij de uitbestede thema’s. Dat nemen we niet over.' : `${n} antwoorden horen niet bij de uitbestede thema’s. Die nemen we niet over.`),
			alreadyMerged: (date: string) => `U heeft deze antwoorden al verwerkt op ${date}. Er is niets nieuws.`,
			nothingNew: 'Er is niets nieuws: uw collega gaf dezelfde antwoorden als die u nu heeft, of veranderde niets.',
			counts: (conflicts: number, proposals: number) =>
				`${conflicts === 1 ? '1 vraag' : `${conflicts} vragen`} met twee nieuwe antwoorden, ${proposals === 1 ? '1 voorstel' : `${proposals} voorstellen`}.`,
			conflictsHeading: 'Allebei veranderd',
			conflictsText: 'Bij deze vragen veranderden u en uw collega allebei het antwoord, na het uitbesteden. Kies welk antwoord blijft.',
			conflictTag: 'Allebei veranderd',
			proposalsHeading: 'Voorstellen van uw collega',
			proposalsText: 'Bij deze vragen veranderde alleen uw collega het antwoord.',
			current: 'Uw antwoord nu',
			proposed: 'Antwoord van uw collega',
			atHandOut: 'Bij het uitbesteden',
			noAnswer: 'Geen antwoord',
			noteLabel: 'Toelichting',
			accept: 'Antwoord van collega overnemen',
			keep: 'Mijn antwoord houden',
			accepted: 'Overgenomen',
			kept: 'Uw antwoord blijft',
			acceptAll: 'Alles overnemen',
			acceptAllHint: 'Neemt het antwoord van uw collega over bij elke vraag die nog open staat, ook waar u zelf iets veranderde.',
			saving: 'Bezig met opslaan…',
			saveFailed: 'Opslaan is niet gelukt. Er is niets veranderd. Probeer het opnieuw.',
			done: (accepted: number) => (accepted === 1 ? 'Klaar. U nam 1 antwoord over.' : `Klaar. U nam ${accepted} antwoorden over.`),
			finish: 'Afronden',
			finishHint: 'Er is niets over te nemen. Met Afronden staat deze uitbesteding als verwerkt in uw overzicht.',
			finished: 'Deze uitbesteding staat als verwerkt in uw overzicht.',
			toTasks: 'Naar het overzicht van de scan'
		},
		errors: {
			notOurs: 'Dit is geen link of bestand met uitbestede thema’s van Kwartiermaker.',
			isReturn: 'Dit zijn teruggestuurde antwoorden. Die opent de collega die de thema’s uitbesteedde.',
			isHandOut: 'Dit zijn uitbestede thema’s, geen teruggestuurde antwoorden. Stuur ze naar uw collega.',
			tooLarge: (kb: number) => `Dit is te groot. Het mag hoogstens ${kb} kB zijn.`,
			empty: 'Het bestand is leeg.',
			notJson: 'Het bestand is beschadigd: het is geen geldige tekst van Kwartiermaker.',
			forbiddenKey: (key: string) => `Het bestand bevat een veld dat niet mag (‘${key}’). Het is niet geopend.`,
			tooComplex: 'Het bestand is te ingewikkeld om te openen.',
			newer: 'Dit is gemaakt met een nieuwere versie van Kwartiermaker. Laad de pagina opnieuw om de nieuwste versie te krijgen, en probeer het dan nog eens.',
			invalid: (field: string) => `Het bestand klopt niet: ${field} is niet goed.`,
			unexpected: 'Er ging iets mis bij het lezen. Er is niets veranderd.',
			otherScan: (theirs: string, ours: string) =>
				`Deze antwoorden horen bij een andere scan (${theirs}), niet bij deze scan van ${ours}. Er is niets veranderd.`,
			otherChecklist: 'Dit hoort bij een andere vragenlijst dan deze. Het kan niet worden verwerkt.',
			newerChecklist: 'Dit is gemaakt met een nieuwere vragenlijst dan die in deze browser. Laad de pagina opnieuw om de nieuwste versie te krijgen.',
			fileTooLarge: (kb: number) => `Het bestand is te groot. Het mag hoogstens ${kb} kB zijn.`,
			fileUnreadable: 'Het bestand kon niet worden gelezen.',
			noLink: 'Plak eerst de link.'
		},
		fields: {
			version: 'de versie',
			handOutId: 'het kenmerk van de uitbesteding',
			handedOutAt: 'de datum van uitbesteden',
			scanId: 'het kenmerk van de scan',
			checklistId: 'de vragenlijst',
			checklistVersion: 'de versie van de vragenlijst',
			mode: 'de soort scan',
			phase: 'de fase',
			askedBy: 'wie het vroeg',
			role: 'de rol',
			note: 'het bericht',
			themes: 'de thema’s',
			answers: 'de antwoorden',
			organisation: 'de organisatie',
			returnedAt: 'de datum van terugsturen',
			answer: (id: string) => `het antwoord op vraag ${id}`,
			unknown: 'een veld'
		}
	}
} as const;
