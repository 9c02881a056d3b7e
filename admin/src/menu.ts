/**
 * The left menu of the beheeromgeving, in the order of the Dennis beheer-handleiding (the guide first, then the
 * reusable records, then moderation, systems and data). `landelijk`: only for the landelijk beheerder.
 */
export const MENU: { pad: string; label: string; landelijk?: boolean }[] = [
  { pad: '/instrumenten', label: 'Instrumenten' },
  { pad: '/aanbieders', label: 'Aanbieders' },
  { pad: '/contactpersonen', label: 'Contactpersonen' },
  { pad: '/adressen', label: 'Adressen' },
  { pad: '/wijken', label: 'Wijken' },
  { pad: '/doelgroepen', label: 'Doelgroepen' },
  { pad: '/synoniemen', label: 'Synoniemen bij zoeken', landelijk: true },
  { pad: '/reviews', label: 'Reviews' },
  { pad: '/prullenbak', label: 'Prullenbak' },
  { pad: '/uitwisseling', label: 'Exporteren en importeren' },
  { pad: '/koppelingen', label: 'Koppelingen voor systemen' },
  { pad: '/data', label: 'Data dashboard' },
  { pad: '/audit', label: 'Wijzigingen' },
  { pad: '/gebruikers', label: 'Gebruikers', landelijk: true },
];
