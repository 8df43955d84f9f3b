/**
 * Decap's Romanian interface text, corrected: its own locale leaves English ("Workflow",
 * "Rich Text") and speaks informally ("Completează-l", "Ești sigur/ă"); the site's hints
 * address officers formally ("dumneavoastră"). Only the phrases shown here replace
 * Decap's; the rest of its Romanian locale stays. tests/unit/messages.test.ts reads these.
 */
export const LOCALE_OVERRIDES = {
  auth: {
    login: 'Autentificare',
    loggingIn: 'Se face autentificarea…',
    errors: {
      email: 'Introduceți adresa de e-mail.',
      password: 'Introduceți parola.',
    },
  },
  app: {
    header: { content: 'Conținut', workflow: 'Flux editorial', media: 'Fișiere', quickAdd: 'Adăugare rapidă' },
    app: {
      checkConfigYml: 'Verificați configurarea CMS-ului.',
      waitingBackend: 'Se așteaptă serverul…',
    },
  },
  collection: {
    collectionTop: {
      sortBy: 'Ordonare',
      viewAs: 'Afișare',
      newButton: 'Adăugați: %{collectionLabel}',
      newButtonAriaLabel: 'Adăugați o intrare nouă în %{collectionLabel}',
      ascending: 'Crescător',
      descending: 'Descrescător',
      searchResults: 'Rezultatele căutării „%{searchTerm}”',
      searchResultsInCollection: 'Rezultatele căutării „%{searchTerm}” în %{collection}',
    },
    entries: { noEntries: 'Nu există încă nicio intrare.' },
  },
  editor: {
    editorControl: { field: { optional: 'opțional' } },
    editorControlPane: {
      widget: {
        required: '„%{fieldLabel}” este obligatoriu.',
        regexPattern: '„%{fieldLabel}”: %{pattern}',
        processing: '„%{fieldLabel}” se procesează.',
        range: '„%{fieldLabel}” trebuie să fie între %{minValue} și %{maxValue}.',
        min: '„%{fieldLabel}” trebuie să fie cel puțin %{minValue}.',
        max: '„%{fieldLabel}” trebuie să fie cel mult %{maxValue}.',
        rangeCount: '„%{fieldLabel}” trebuie să aibă între %{minCount} și %{maxCount} elemente.',
        rangeCountExact: '„%{fieldLabel}” trebuie să aibă exact %{count} elemente.',
        minCount: '„%{fieldLabel}” trebuie să aibă cel puțin %{minCount} elemente.',
        maxCount: '„%{fieldLabel}” trebuie să aibă cel mult %{maxCount} elemente.',
      },
      i18n: { writingInLocale: 'Scrieți în limba %{locale}' },
    },
    editor: {
      onLeavePage: 'Sigur doriți să părăsiți pagina? Modificările nesalvate se pierd.',
      onUpdatingWithUnsavedChanges: 'Aveți modificări nesalvate. Salvați-le înainte de a schimba starea.',
      onPublishingNotReady: 'Treceți intrarea în starea „Gata” înainte de publicare.',
      onPublishingWithUnsavedChanges: 'Aveți modificări nesalvate. Salvați-le înainte de publicare.',
      onPublishing: 'Sigur doriți să publicați această intrare pe site?',
      onUnpublishing: 'Sigur doriți să retrageți publicarea acestei intrări?',
      onDeleteWithUnsavedChanges: 'Sigur doriți să ștergeți această intrare, împreună cu modificările nesalvate?',
      onDeletePublishedEntry: 'Sigur doriți să ștergeți această intrare publicată?',
      onDeleteUnpublishedChangesWithUnsavedChanges: 'Se șterg toate modificările nepublicate ale acestei intrări, inclusiv cele nesalvate. Continuați?',
      onDeleteUnpublishedChanges: 'Se șterg toate modificările nepublicate ale acestei intrări. Continuați?',
      loadingEntry: 'Se încarcă intrarea…',
      confirmLoadBackup: 'Există o copie locală nesalvată a acestei intrări. Doriți să o folosiți?',
    },
    editorInterface: {
      toggleI18n: 'Schimbați limba',
      togglePreview: 'Previzualizare',
      toggleScrollSync: 'Derulare sincronizată',
    },
    editorToolbar: {
      publishAndCreateNew: 'Publicare, apoi intrare nouă',
      publishAndDuplicate: 'Publicare, apoi copie',
      duplicate: 'Copie',
      unpublish: 'Retragere din publicare',
      unpublishing: 'Se retrage din publicare…',
      deleteUnpublishedChanges: 'Renunțați la modificările nepublicate',
      deleteUnpublishedEntry: 'Ștergeți intrarea nepublicată',
      deletePublishedEntry: 'Ștergeți intrarea publicată',
      deleteEntry: 'Ștergeți intrarea',
      backCollection: 'Scrieți în colecția „%{collectionLabel}”',
      status: 'Stare: %{status}',
      deployPreviewPendingButtonLabel: 'Verificați previzualizarea',
      deployButtonLabel: 'Vedeți pe site',
    },
    editorWidgets: {
      markdown: {
        bold: 'Aldin',
        italic: 'Cursiv',
        link: 'Legătură',
        linkPrompt: 'Scrieți adresa legăturii',
        addComponent: 'Adăugați un bloc',
        richText: 'Text formatat',
        markdown: 'Markdown (text simplu)',
      },
      image: {
        choose: 'Alegeți o imagine',
        chooseUrl: 'Inserați de la o adresă',
        replaceUrl: 'Înlocuiți cu o adresă',
        promptUrl: 'Scrieți adresa imaginii',
        chooseDifferent: 'Alegeți altă imagine',
        remove: 'Scoateți imaginea',
      },
      file: {
        choose: 'Alegeți un fișier',
        chooseUrl: 'Inserați de la o adresă',
        replaceUrl: 'Înlocuiți cu o adresă',
        promptUrl: 'Scrieți adresa fișierului',
        chooseDifferent: 'Alegeți alt fișier',
        remove: 'Scoateți fișierul',
      },
      unknownControl: { noControl: 'Câmpul „%{widget}” nu are o configurare valabilă.' },
      unknownPreview: { noPreview: 'Câmpul „%{widget}” nu are previzualizare.' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { draft: 'Nepublicat', copyUrl: 'Copiați adresa', copyPath: 'Copiați calea', copyName: 'Copiați numele', copy: 'Copiați' },
    mediaLibrary: {
      onDelete: 'Sigur doriți să ștergeți fișierul ales? Verificați întâi că nu este folosit într-un comunicat publicat.',
      fileTooLarge: 'Fișierul este prea mare: se acceptă cel mult %{size} KB. Micșorați-l (de exemplu, salvați PDF-ul cu „dimensiune redusă”) și încercați din nou.',
    },
    mediaLibraryModal: {
      search: 'Căutare…',
      deleteSelected: 'Ștergeți fișierele alese',
      chooseSelected: 'Folosiți fișierul ales',
      private: 'Privat ',
    },
  },
  ui: {
    errorBoundary: {
      details: 'A apărut o eroare. Vă rugăm ',
      reportIt: 'să o semnalați persoanei care administrează site-ul.',
      privacyWarning: 'Mesajul conține detalii tehnice ale erorii. Verificați-l și ștergeți orice date personale înainte de a-l trimite.',
      recoveredEntry: {
        heading: 'Text recuperat',
        warning: 'Copiați textul de mai jos într-un loc sigur înainte de a închide pagina.',
        copyButtonLabel: 'Copiați textul',
      },
    },
    settingsDropdown: { logOut: 'Ieșire' },
    toast: {
      onFailToLoadEntries: 'Intrările nu au putut fi încărcate: %{details}',
      onFailToLoadDeployPreview: 'Previzualizarea nu a putut fi încărcată: %{details}',
      onFailToPersist: 'Intrarea nu a fost salvată: %{details}',
      onFailToDelete: 'Intrarea nu a fost ștearsă: %{details}',
      onFailToUpdateStatus: 'Starea nu a putut fi schimbată: %{details}',
      missingRequiredField: 'Lipsește un câmp obligatoriu. Completați-l pentru a salva.',
      entrySaved: 'Intrarea a fost salvată.',
      entryPublished: 'Intrarea a fost publicată.',
      entryUnpublished: 'Intrarea a fost retrasă din publicare.',
      onFailToPublishEntry: 'Intrarea nu a fost publicată: %{details}',
      onFailToUnpublishEntry: 'Intrarea nu a fost retrasă din publicare: %{details}',
      entryUpdated: 'Starea intrării a fost schimbată.',
      onDeleteUnpublishedChanges: 'Modificările nepublicate au fost șterse.',
      onLoggedOut: 'Ați fost deconectat. Salvați ce aveți deschis și autentificați-vă din nou.',
      onBackendDown: 'Serverul nu răspunde. Detalii: %{details}',
    },
  },
  workflow: {
    workflow: {
      loading: 'Se încarcă fluxul editorial',
      workflowHeading: 'Flux editorial',
      newPost: 'Intrare nouă',
      description: '%{smart_count} în revizuire, %{readyCount} gata de publicare. |||| %{smart_count} în revizuire, %{readyCount} gata de publicare.',
      dateFormat: 'D MMMM',
    },
    workflowCard: {
      lastChange: '%{date}, %{author}',
      lastChangeNoDate: '%{author}',
      deleteChanges: 'Renunțați la modificări',
      deleteNewEntry: 'Ștergeți intrarea nouă',
      publishChanges: 'Publicați modificările',
      publishNewEntry: 'Publicați intrarea nouă',
    },
    workflowList: {
      onDeleteEntry: 'Sigur doriți să ștergeți această intrare?',
      onPublishingNotReadyEntry: 'Se pot publica doar intrările în starea „Gata”. Trageți cardul în coloana „Gata” și apoi publicați.',
      onPublishEntry: 'Sigur doriți să publicați această intrare pe site?',
      currentEntries: '%{smart_count} intrare |||| %{smart_count} intrări',
    },
  },
};

type Tree = { [k: string]: string | Tree };

/** Decap's Romanian with the overrides laid over it. */
export function mergeLocale(base: Tree, over: Tree = LOCALE_OVERRIDES): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = base[k];
    out[k] = typeof v === 'object' && b && typeof b === 'object' ? mergeLocale(b, v) : v;
  }
  return out;
}
