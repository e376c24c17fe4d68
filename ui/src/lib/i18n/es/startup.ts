// Spanish strings for the window shown when Crónica cannot start. The source of the keys: English must match them.
export const esStartup = {
  'startup.title': 'Crónica no puede abrirse',
  'startup.path': 'Ruta',
  'startup.whatToDo': 'Qué hacer',
  'startup.details': 'Detalles',
  'startup.copy': 'Copiar los detalles',
  'startup.copied': 'Detalles copiados.',
  'startup.copyFailed': 'No se pudieron copiar: selecciónalos y cópialos a mano.',
  'startup.contentMissing.what': 'Falta el contenido de la aplicación: su base de datos no está donde Crónica la busca.',
  'startup.contentMissing.todo':
    'Reinstala Crónica (por ejemplo, vuelve a instalar su paquete .deb). Tus datos de estudio y tus ajustes no se tocan.',
  'startup.contentUnreadable.what': 'El contenido de la aplicación está dañado o no se puede leer.',
  'startup.contentUnreadable.todo':
    'Reinstala Crónica. Si el disco está lleno, libera espacio antes; si el archivo está pero no se puede leer, revisa sus permisos. Tus datos de estudio no se tocan.',
  'startup.contentOutdated.what': 'El contenido de la aplicación es de otra versión de Crónica.',
  'startup.contentOutdated.todo': 'Reinstala Crónica, para que el programa y su contenido sean de la misma versión. Tus datos de estudio no se tocan.',
  'startup.appDataUnusable.what': 'Crónica no puede encontrar ni crear la carpeta donde guarda tus datos de estudio y tus ajustes.',
  'startup.appDataUnusable.todo':
    'Libera espacio en el disco y comprueba que tu usuario tenga una carpeta personal en la que pueda escribir (la variable HOME); luego vuelve a abrir Crónica.',
  'startup.internal.what': 'Algo impidió que Crónica se abriera.',
  'startup.internal.todo':
    'Vuelve a abrir Crónica. Si pasa otra vez, reinstálala; si sigue igual, envía los detalles de abajo a quien te ayuda con este equipo.',
};
